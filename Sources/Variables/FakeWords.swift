/// Small word lists for the faker-style dynamic variables. Written for Postie; values only need to look plausible.
enum FakeWords {
    static let firstNames = [
        "Alice", "Bruno", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kamala", "Liam",
        "Maya", "Nils", "Olga", "Pedro", "Quinn", "Rosa", "Sami", "Tessa", "Umar", "Vera", "Wendell", "Yuki", "Zoe",
    ]
    static let lastNames = [
        "Abbott", "Baker", "Castillo", "Dalton", "Eriksen", "Fischer", "Gallagher", "Hughes", "Ivanova", "Jensen",
        "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quintero", "Rahman", "Sandoval",
        "Tanaka", "Underwood", "Vasquez", "Whitfield", "Young", "Zimmerman",
    ]
    static let namePrefixes = ["Mr.", "Mrs.", "Ms.", "Miss", "Dr."]
    static let nameSuffixes = ["Jr.", "Sr.", "II", "III", "IV", "MD", "DDS", "PhD", "DVM"]
    static let jobDescriptors = [
        "Lead", "Senior", "Principal", "Junior", "Chief", "Regional", "Global", "Dynamic", "Future", "Internal",
        "Corporate", "District",
    ]
    static let jobAreas = [
        "Solutions", "Security", "Marketing", "Branding", "Quality", "Research", "Operations", "Infrastructure",
        "Usability", "Integration", "Data", "Accounts", "Mobility", "Communications",
    ]
    static let jobTypes = [
        "Engineer", "Manager", "Analyst", "Architect", "Designer", "Consultant", "Coordinator", "Specialist",
        "Officer", "Strategist", "Developer", "Technician",
    ]

    static let cityPrefixes = ["North", "South", "East", "West", "New", "Lake", "Port", "Fort"]
    static let citySuffixes = ["ville", "burgh", "field", "haven", "port", "ton", "side", "mouth", "view"]
    static let streetSuffixes = [
        "Street", "Avenue", "Road", "Lane", "Drive", "Court", "Boulevard", "Way", "Terrace", "Place",
    ]
    static let countries = [
        "Argentina", "Australia", "Brazil", "Canada", "Chile", "Denmark", "Egypt", "Finland", "Ghana", "India",
        "Japan", "Kenya", "Mexico", "Norway", "Peru", "Portugal", "Singapore", "Spain", "Uruguay", "Vietnam",
    ]
    static let countryCodes = [
        "AR", "AU", "BR", "CA", "CL", "DK", "EG", "FI", "GH", "IN", "JP", "KE", "MX", "NO", "PE", "PT", "SG", "ES",
        "UY", "VN", "DE", "FR", "GB", "US",
    ]
    static let locales = [
        "af", "ar", "bg", "bn", "ca", "cs", "cy", "da", "de", "el", "en", "eo", "es", "et", "eu", "fa", "fi", "fr",
        "ga", "gl", "he", "hi", "hr", "hu", "id", "is", "it", "ja", "ko", "lt", "lv", "ms", "nl", "no", "pl", "pt",
        "ro", "ru", "sk", "sl", "sq", "sr", "sv", "sw", "ta", "th", "tr", "uk", "vi", "zh",
    ]

    static let colors = [
        "red", "teal", "olive", "maroon", "navy", "coral", "lavender", "mint green", "sky blue", "salmon", "ivory",
        "plum", "tan", "turquoise", "orchid", "silver", "azure", "magenta",
    ]
    static let departments = [
        "Books", "Music", "Games", "Electronics", "Computers", "Garden", "Tools", "Grocery", "Health", "Beauty",
        "Toys", "Clothing", "Shoes", "Jewelry", "Sports", "Outdoors", "Automotive", "Industrial", "Home", "Baby",
    ]
    static let productAdjectives = [
        "Small", "Ergonomic", "Rustic", "Sleek", "Handcrafted", "Practical", "Refined", "Gorgeous", "Generic",
        "Licensed", "Recycled", "Incredible", "Tasty", "Intelligent", "Unbranded", "Fantastic",
    ]
    static let productMaterials = [
        "Steel", "Wooden", "Concrete", "Plastic", "Cotton", "Granite", "Rubber", "Metal", "Soft", "Fresh", "Frozen",
        "Bronze", "Leather", "Marble",
    ]
    static let products = [
        "Chair", "Car", "Computer", "Keyboard", "Mouse", "Bike", "Ball", "Gloves", "Pants", "Shirt", "Table",
        "Shoes", "Hat", "Towels", "Soap", "Tuna", "Chicken", "Cheese", "Pizza", "Salad", "Sausages", "Chips",
    ]

    static let companySuffixes = ["Inc", "LLC", "Group", "and Sons", "Partners", "Holdings"]
    static let catchPhraseAdjectives = [
        "Adaptive", "Balanced", "Centralized", "Cloned", "Configurable", "Cross-platform", "Customizable",
        "Decentralized", "Distributed", "Enhanced", "Ergonomic", "Focused", "Integrated", "Multi-layered",
        "Optimized", "Proactive", "Re-engineered", "Robust", "Streamlined", "Synergistic", "User-centric",
    ]
    static let catchPhraseDescriptors = [
        "24/7", "asymmetric", "bi-directional", "clear-thinking", "contextually-based", "dynamic", "executive",
        "fault-tolerant", "global", "heuristic", "interactive", "mission-critical", "modular", "next generation",
        "real-time", "scalable", "transitional", "zero defect",
    ]
    static let catchPhraseNouns = [
        "ability", "algorithm", "alliance", "architecture", "capability", "concept", "core", "database",
        "framework", "hierarchy", "initiative", "interface", "matrix", "middleware", "model", "paradigm", "portal",
        "productivity", "solution", "strategy", "toolset", "workforce",
    ]
    static let bsBuzzwords = [
        "aggregate", "architect", "benchmark", "brand", "cultivate", "deliver", "deploy", "disintermediate",
        "drive", "e-enable", "embrace", "empower", "engage", "enhance", "evolve", "facilitate", "grow", "harness",
        "implement", "incubate", "leverage", "monetize", "optimize", "orchestrate", "reinvent", "scale",
        "streamline", "synergize", "transform", "visualize",
    ]
    static let bsAdjectives = [
        "bleeding-edge", "b2b", "best-of-breed", "clicks-and-mortar", "collaborative", "compelling", "cross-media",
        "dynamic", "end-to-end", "enterprise", "frictionless", "global", "holistic", "innovative", "integrated",
        "intuitive", "killer", "magnetic", "mission-critical", "open-source", "real-time", "robust", "scalable",
        "seamless", "strategic", "sticky", "turn-key", "viral", "wireless",
    ]
    static let bsNouns = [
        "synergies", "paradigms", "markets", "partnerships", "infrastructures", "platforms", "initiatives",
        "channels", "communities", "solutions", "action-items", "eyeballs", "methodologies", "metrics",
        "networks", "supply-chains", "models", "architectures", "deliverables", "experiences", "web services",
    ]

    static let databaseColumns = [
        "id", "title", "name", "email", "password", "token", "group", "category", "status", "comment", "createdAt",
        "updatedAt",
    ]
    static let databaseTypes = [
        "int", "tinyint", "smallint", "bigint", "decimal", "float", "double", "bit", "varchar", "text", "blob",
        "date", "datetime", "timestamp", "time", "enum", "boolean", "binary", "point", "geometry",
    ]
    static let databaseCollations = [
        "utf8_unicode_ci", "utf8_general_ci", "utf8_bin", "ascii_bin", "ascii_general_ci", "cp1250_bin",
        "cp1250_general_ci",
    ]
    static let databaseEngines = ["InnoDB", "MyISAM", "MEMORY", "CSV", "BLACKHOLE", "ARCHIVE"]

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    static let accountTypes = [
        "Checking", "Savings", "Money Market", "Investment", "Home Loan", "Credit Card", "Auto Loan",
        "Personal Loan",
    ]
    static let transactionTypes = ["deposit", "withdrawal", "payment", "invoice"]
    static let currencyCodes = [
        "USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "INR", "BRL", "MXN", "ZAR",
        "SGD", "KRW", "PLN",
    ]
    static let currencyNames = [
        "US Dollar", "Euro", "Pound Sterling", "Yen", "Swiss Franc", "Canadian Dollar", "Australian Dollar",
        "Swedish Krona", "Norwegian Krone", "Indian Rupee", "Brazilian Real", "Mexican Peso", "Rand",
        "Singapore Dollar", "Won", "Zloty",
    ]
    static let currencySymbols = ["$", "€", "£", "¥", "₹", "₩", "₽", "R$", "kr", "zł", "CHF", "₺"]

    static let hackerAbbreviations = [
        "TCP", "HTTP", "SDD", "RAM", "GB", "CSS", "SSL", "SQL", "FTP", "PCI", "AI", "RSS", "XML", "EXE", "HDD",
        "SMTP", "SMS", "USB", "PNG", "JSON", "IB", "SAS", "ADP",
    ]
    static let hackerAdjectives = [
        "auxiliary", "primary", "back-end", "digital", "open-source", "virtual", "cross-platform", "redundant",
        "online", "haptic", "multi-byte", "bluetooth", "wireless", "1080p", "neural", "optical", "solid state",
        "mobile",
    ]
    static let hackerNouns = [
        "driver", "protocol", "bandwidth", "panel", "microchip", "program", "port", "card", "array", "interface",
        "system", "sensor", "firewall", "hard drive", "pixel", "alarm", "feed", "monitor", "application",
        "transmitter", "bus", "circuit", "capacitor", "matrix",
    ]
    static let hackerVerbs = [
        "back up", "bypass", "hack", "override", "compress", "copy", "navigate", "index", "connect", "generate",
        "quantify", "calculate", "synthesize", "input", "transmit", "program", "reboot", "parse",
    ]
    static let hackerIngVerbs = [
        "backing up", "bypassing", "hacking", "overriding", "compressing", "copying", "navigating", "indexing",
        "connecting", "generating", "quantifying", "calculating", "synthesizing", "transmitting", "programming",
        "parsing",
    ]

    static let imageCategories = [
        "abstract", "animals", "business", "cats", "city", "food", "nightlife", "fashion", "people", "nature",
        "sports", "technics", "transport",
    ]
    static let freeEmailDomains = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "proton.me"]
    static let exampleEmailDomains = ["example.com", "example.net", "example.org"]
    static let domainSuffixes = ["com", "net", "org", "info", "biz", "name", "io"]
    static let userAgents = [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 "
            + "Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 13_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 "
            + "Safari/605.1.15",
        "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            + "Version/17.1 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 "
            + "Mobile Safari/537.36",
        "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)",
    ]

    static let loremWords = [
        "lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipisci", "velit", "sed", "quia", "non",
        "numquam", "eius", "modi", "tempora", "incidunt", "ut", "labore", "et", "dolore", "magnam", "aliquam",
        "quaerat", "voluptatem", "enim", "ad", "minima", "veniam", "quis", "nostrum", "exercitationem", "ullam",
        "corporis", "suscipit", "laboriosam", "nisi", "aliquid", "ex", "ea", "commodi", "consequatur", "autem",
        "vel", "eum", "iure", "reprehenderit", "qui", "in", "voluptate", "esse", "quam", "nihil", "molestiae",
    ]

    static let directoryPaths = [
        "/bin", "/boot", "/dev", "/etc", "/etc/ssl", "/home", "/home/user", "/home/user/docs", "/lib", "/media",
        "/mnt", "/opt", "/opt/local", "/private/tmp", "/root", "/sbin", "/srv", "/tmp", "/usr", "/usr/bin",
        "/usr/local/bin", "/usr/share", "/var", "/var/log", "/var/tmp", "/Library", "/Users", "/Applications",
    ]
    /// MIME types, each with the extensions it is usually saved under.
    static let mimeTypes: [(type: String, extensions: [String])] = [
        ("application/json", ["json"]), ("application/pdf", ["pdf"]), ("application/zip", ["zip"]),
        ("application/xml", ["xml"]), ("application/gzip", ["gz"]), ("application/msword", ["doc"]),
        ("application/vnd.ms-excel", ["xls"]), ("audio/mpeg", ["mp3", "mpga"]), ("audio/wav", ["wav"]),
        ("audio/ogg", ["oga", "ogg"]), ("image/png", ["png"]), ("image/jpeg", ["jpeg", "jpg"]),
        ("image/gif", ["gif"]), ("image/svg+xml", ["svg"]), ("image/webp", ["webp"]), ("text/plain", ["txt"]),
        ("text/html", ["html", "htm"]), ("text/csv", ["csv"]), ("text/css", ["css"]), ("video/mp4", ["mp4"]),
        ("video/mpeg", ["mpeg", "m2v"]), ("video/webm", ["webm"]), ("font/woff2", ["woff2"]),
        ("model/gltf+json", ["gltf"]), ("chemical/x-pdb", ["pdb"]), ("message/rfc822", ["eml"]),
    ]
    static let commonFileTypes = ["video", "audio", "image", "text", "application"]
    static let commonFileExtensions = ["pdf", "mpeg", "wav", "png", "jpeg", "gif", "mp4", "mpga", "m2v", "html"]
}
