import Crypto
import Testing

/// RSASSA-PKCS1-v1_5 and RSASSA-PSS (RFC 8017 §8.1, §8.2, §9.1, §9.2) against signatures made with node's
/// `crypto.sign` while writing these tests, and RFC 7515 Appendix A.2's RS256 example.
@Suite struct RSASignatureTests {
    /// (key, hash, message, RSASSA-PKCS1-v1_5 signature in hex): deterministic, so our bytes must match node's.
    static let pkcs1v15: [(String, HashAlgorithm, String, String)] = [
        ("k2048", .sha256, "", "466551fb149f08d815c0719adb1538843eca2f3590e3948ecff1f91dcade63548d1db2178fd06d8fea23e1d0dce3f449042c7d360dbace7934842ff70e78800a9bae55d4de3d4a9cb85a6b5c762140240b7c1ac1cf7d4a78f872435f0738e5b9b97504d8f53dae2a2ae62989498ae8dfff7fb6588b5636859fc0ddc69328884c0275b6674f88f6476010801783d6030942cb95a6d4e879ade3141478d6e20045d872b1dbf0c75b2c957310b53ab687e2622f213370a520f965f9062ddba0d1527f146a61c8f0016567095a1d85376830018ba5d7cf84bde85515c583b038cc020110101f22011d821bab95b11f7d36eeb3f33dc504c1ca74f46cc6ff0b3d0dd4"),
        ("k2048", .sha256, "abc", "536f76af102a8502f5e8e40eb1a5985c46a34befd01230be4def41e4df9afeaa37e7bb0bb7c7d0b1b69a6f07715e8c36a26edb204ce232b18247ff835476cb4e97cd8acf60c4742e477c079ce54c40d75ae77b250d5a52fa156af5093190c003fc8c9decb227a3ec721e41f01e0da511df9e8b2dafa9a079362a22b9eeb9d88eb3b88d8be24a1eb2b223481606a3c5351fa912df568652058b6d923b0f1dfb89d511e7165c0556a7b8d1c6dbbcaacaf26bcda1ad750b761925dd3c8a743765a86370d3fb864e38c0c564f27a5399156d991ae4d9fbf5d9fee10a4660b200bfcd0eaf7f52ef10ac374b77070a675c91b13ff0d7799815939caa900fb61de1f6be"),
        ("k2048", .sha256, "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwb3N0aWUifQ", "945ae4393a9f5277c5c4ce6d05d0af5478f5a8ebb38943a6246e5727466fa30bb573180a4edcc67b4859818bebbfd8a389496fed7947e08a4d46259ca04d00b08c757867c5a3f99e4b8c0f8db0755af1113b29370317751d6e8c6c1f1a8ee0ea7bda9bf35e9917b616bbc5d302b80d557c446a5aba41c79d5c8ce672aa6f7019f19fe2d5c369f8acff8b9ff3b1fea6f339b42c1a3238140f9ba348e7f34f9cf4d3c698746cd795e6b0ab40663587b4edcce129e2652b2c3e863255bb22ac96319c8ceb8ac1bd2112526b5cf2d7119d9c26500287f26825dc6116e9fd3b7a2bde980e5065369225cdb64205b701bcaf0ef7f0cab6e3627d686193eb5940c83b13"),
        ("k2048", .sha384, "", "79cdf3e73dd98b1578710b95741c517ec0ccd88cf2963267435bc78454244d8f9bbf6041b348608813f73d68c4d9337c01b77452cf855b415c79b1337550c79048081de0a8335b3c74e3ee603f4abcd2b9b2c9490b312291384e6f58a18616a056af75f6b8495e75b7e35e3eb28a945969ee27b9e966031a2749fe88c31a2062cee579a6e9dd398de1480bdb7623776e866d9ffbaa8b69aab8bf595f7a8359d28719a3d5d1981030852612d0bdd2bb13c889438322dd1634b69d4d4b8af55f88c6278107add7c240e4e769e5b98dbcb719a9f8fd4572cad4922973c01a2acda6704c4deac129f39fd518edc7d9887d8666cddf32f3f69d74e90d5e41834b5dce"),
        ("k2048", .sha384, "abc", "928880aea41dea602aa2bbcee4f1bfca9607e7dc65b4cffef1b2c432a965d68460cf2b09669b6918443e9e711365f277f1a92ad1c811c7b3246e09d4835e0b9a5f8437dd51b7a765eca5fd59d8ee8216eaf26300ae9d4d2219314e326c1f9fa3491cec5d1f7e499e0d63312ee09642bf62cb20d25c10e3a8a3e5a44d7ce9d88a94996bb8a482c6e6668ace166ce478893f4e1b95d73b98a650fbf3dcbe895b4f112c9e7fcdfc27947dbb880523f41a899983a865120a06644419413fec4b0c966a12241b4d535db69a012c53308f93a831cd147291d6f604d54504f1b42bdf2c75b85c8309f55e11b619073499746f77cb8a2120626408117630b7098a48e9aa"),
        ("k2048", .sha384, "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwb3N0aWUifQ", "3a55cec82aee9e7e601665e68b6ba70f2ceea8e59bc16261cc53b809e7732bb1bed4f472ecbba5cf942dc67344034500cd51343d2ee1e29d110e3cf08567fdf1619d29ea394edb7813580dc3cb8b2b74e011cc129e9945aab805f8092cd164f6bda9385f281b2f3c3fb3d4c3de0c07b8939d384598fd1ec74567531fcb517feb93b1b0a8e3e9604db36f7fc3e45deafaf10dd2e7ac83da3aa84fc0887aebaf41cd57abb500bd4746826d081a4b37d2866801256494b6261c7e9b86c6fc2dfb783ef7df3ecdaff4cd07163e310b8bda75cf184c5a105b9874f00eac9a0debe9c13e7b311113b12fc2323e0de019e2476705f7c8f7fbfbe42d22a20573dff68116"),
        ("k2048", .sha512, "", "5efad6b188089cd18e6f8395f8141c1d103bd2f79b13bd12b4f496897054078255cc459a286897118cb3fdbbc03c02ce8edbb05b825feaf41562da2469fdef1d99fade390c1bf5310fa9ded9b52a398ad96e69fa6143b1ccf5814d5175a259409a22847d5c89219f8ba72e39308a34ca92613f5f19ef387a643804dc89e4c4336476b2b7aa854a16d6faee881eaf867dc40a24dc851192a368fecfbdd0d69a10c3e19546c9373d044d823a4a282c91676b5904dbd9071a89d12ea112acf6b0ba4ed602bd346fd1d3533c041278ec72f686fc0844d62d0e592206e4cd1b7803ee16f5ee203b088d9d6e682b9fad27ddea96613c7f728c71a8a1711d2d9ff10205"),
        ("k2048", .sha512, "abc", "011f3cab566e9e0b2e207024585379fcf0c3efd86394b223cb6f0ae5bfc8a4148b83814927b9eae8370266f4b84cf970762bfe5b25661006d2ba5225c9619c57656d38a8b6ad4251c0520516f8bfaf17e90b3c6a01bf66ba625a3476b1156a5bdb761f74fd28552d4f5ec6b4ef77b26bc93e8a657c8e74be8a4ba26d58a7d01fbe22dbccabefa9df38678e7482f63c4ac85335ec1818067b89909f912dce5bf5500ee63d7c8262430e794ad7350ca772fb04eed81cf650b7386a3b5cff318dca3f102959d2de9a0789478ed0e19daac3a0d4c8243f482701a77cdbf700df5887bfb45bb7115877f923a646497e1bcf75e45446360d44a59398482de543f03e8b"),
        ("k2048", .sha512, "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwb3N0aWUifQ", "3a89787df47a1fd4387e72c56516f194495531ef22f18ae0adf48efd878305ae207e2ed2e2f6e89ea4d432d1e78a1597fb549f30b96ee5ce421f6fdd81a2a2d45982736a2b21ba9bb2366d47425c6427fd45522f306f6cf8436183a804ebd8a6b330f7b5b0d8b0bc29978e4a4e4a41653cd3a576a9d57fdee2777ed29dc49dc1166da78e5162edb430a9bf47485655344f8dd6e238b15d523acf0f9e1e2caf76d1d4c7a7dd448db5898fb3f24eef9cb1cf9317c5eb3bc37ffd73568eef02f106d5318bca3c772029e692054c7a2eb858100b101044ffa02ea99f7feb04d211a0514a5bfa2dfd9c21abb94272e04cabde488f2c18441c4a074e616515d1d394bd"),
        ("k2049", .sha256, "abc", "6bc76bf738023bda228dc762a89ed7ea1ac438f5663749bd93f157efc7883094c812e848572f02b7f558622c2e5a3e825ca9a778fee2026dfdce9f643606c41449aaca3b1abe6de2ae9d3ac6f3278c50180ae1fbbd580521d72908cbf3df163d68a452c72e832519f184f869f7768b5d266873bbc1848c51ec63b5686073ba516f7646ad9c2d3c79faac9d6a2023810d7692d48e829adac5a0415f696c3fbb2fbf23dc2b6acb978213bd722bedfd01afa56560a07ce68ee66a43baecf2c86df3c74893e0e586e0f673c201b09ec9786d3b0db91b61f360094650ef50e6c25a857fec47395224bccf28187a7229c4686f648483bd0c5f7d7a7c35b5f06cd442e7"),
        ("k2049", .sha512, "abc", "3bd85e5c0505dd7ee169cde71f0296231e7ae3e51d0ef8f07a92831c8dec17bd1ac8387f190e825e58825a152ef0935dba6484461f2d903f90ca6c76554a2d3d07a4ac6b7272e7ad05ef09f851febfa22a324dae4227469156a4a98b182dac0b62378a14a57f4b49673e99bd62f53808bb7225e6e69834c335b4bf9759f9685819b5e5ff1a9c07cbbe5699a3ab800f807dbd0f95d6f1f6b8556037ead2288045bc3c15e8e2edb0531f20f131206758b88ad01d51839dce99163e731bbde568a8867b25849d02e1ed51540c75adb3f75a1523852c356242f9eda61d2989a64bacd59dc93d82d3e38d9d204ee66a2577c0cb5b778663d4bcaeb2718400ce99674e"),
        ("k4096", .sha256, "abc", "420ed1745f5aeac508e4d534482856153ebf30496b1ff7d1a708d18761a4eb57dfd38d00e6f37871677330b95a3b36e9b03c17a93d2955911dc156ddd40a76571c3ef1ef94a7dafe63ff0697b83f59bf563d4bdc2c077ec223cccdf4b2d468aba5e40183036a911fd6fe80b4ec3a933ca4acb9fbea4dd7099cebfc49edaf9df263c19bea2ba58f7e9279583ecbe46df21e8c017dcf658854eabaa2d8f91471c8ddc4ce2b36029c79922f33d815d86faa7f5d0846615f13c47a1bc27c628fae4a471517f09031fc42b35c83e752ad2121e80fe5eadfda8415cd67b27f6f6805731200d0f5400d1bb841fe04a38db6ffb26ca30a95e76d56e2e48da237d723e309dd904c8119ea8ce48fe56626ef124fef7effaac3ffdaad2bd326414a1da367b6be0ad0fe4ba3228b787a050a8c37a71bb67c2a470cd3b36fecd7749237fef582f375d7d356fda35e5bc4f7772bfa73b0053adbb4e7f4532aa80b74cab9504b525d7a098e7237cffda6c71ded126b3fb6f977f93f1b5fe348040f69d1c0094f5c43369645e8739a6a926ce3b9ec8cd519a5aec16a85902e7175118928f71deb09bf41ecd00f07ae53f8ee02d87a4f1f851e82fe046cf03c5fc8a3e6d83989731f309100c782421d6f10da1ecfbc4c2543059f9bd66ec988277957cfa83ce1ebe580bf22408ca4557b90c6f47d8e08d69507e7aed8b4e47879108e3bb1a014ec19"),
        ("k4096", .sha512, "abc", "2b95a7d4d8fab4e6fb7abe04d976aa7133a455582b631cbe4c80ccd318c3efe121c68eaf05ca7908c7ed23350e16c38642c152e807364a7cb75dc1d1fdd500b10a25cfdd705d4adec8e647fbbd6637b52b1d7317a9272c0cec3b304686d05773e4b5ce12b298d2ac739a14d2c4a412effc3ba988ec868dac160df0af29667b725e9d7929cd38c303e77d343432fd17d4eef24b1cb344a5661ba85337b47c1aad83c54efb2b13bd820f7d3659119ed0061a1704a2eee11df0beb43e5aecea0c4d3d497935e62ae00437eac4ecaafa1ba9fb13057cead9ab38c2c117967564903c5619b802ed0e6c9fae949391f8e08bebaaf5a2daea5c286fde916f6388ca41ac986886a943e088f6bf145e7aea2f732f930007c6e0d5b2f98cddf44b1a82770ca36fcec955fe5d237442f6e5a669acd81f6b4f105354c3e2e17b87a2f5eca19f17eebbd2288fa49811064ee56510d678418fd0119f25bd1396e3a85c1e3dd606df388cd34636edeb7f231d5bb0a15da68941714d74448add7b99899575dfbca0a92ef5c800daa463daf525c875ee72f4330502ba063672751e0308a05bf0287bfdff1b7373e96418a3f42c5f2c8277102672a6b6f2f381ea40499f3cdee2391be21289b4a7c840766b8e3ea37ae796910c9035e12d0e5245fab5b798242c9e29b826b908e0dd51820602186e2813eb2f6c4134c555f8edaa338677c51d715dfc"),
    ]

    @Test(arguments: pkcs1v15)
    func pkcs1v15SignaturesMatchNodeByteForByte(_ vector: (String, HashAlgorithm, String, String)) throws {
        let key = try RSATestKeys.privateKey(vector.0)
        let signature = try key.signature(for: Array(vector.2.utf8), scheme: .pkcs1v15(vector.1))
        #expect(Hex.encode(signature) == vector.3)
        #expect(key.publicKey.isValidSignature(signature, for: Array(vector.2.utf8), scheme: .pkcs1v15(vector.1)))
    }

    /// (key, hash, message, RSASSA-PSS signature in hex), made by node with MGF1 over the same hash and
    /// `saltLength` equal to the hash length. PSS salts are random, so these are checked with our verify.
    static let pss: [(String, HashAlgorithm, String, String)] = [
        ("k2048", .sha256, "", "74de370e544ad30bf89956c999b5e58758bb0cd101e663baca20d71816d33c104fbafba75e3e05d69b8771fe10d7e78333561808c8f6b3a47a347fac228d3579904d64907b951e56a5049f0c126452b3235256bdff3e598d2f44209a6209b400dd7a34415cf37f0e0c8671240b867b2e0ca5b9ee7418d788ea96f09b8ae40f27c4a2130ac615c9dbb77aab57a4731f52950016a2a6acf1852b84b6099df7872483179bfb6341c12e48066a08a55cf93ac5c79d733fee4ff4bd8b5f2706426b8845cc24190a2b7d6cc8f571b82798ef479bb453d0c5f56cff59718e6f20d8334a6e11b0a6aa10ad2ef80727873cd7c790bf2895cb5a95783476c525e9e202a0cf"),
        ("k2048", .sha256, "abc", "679e1f3f2f216c75877f04ede8af0444c17554af692f851f22432bbd45992db2599de03f9f915dbc50e8f4962b836423792118541ce86748a319f5a3724c5941564c87c315df032159585940f7ad0f1cca5cad4e427236cf9029ea1a958605ee67e7b9f649fb4b4b71727d4eb96ee8ae3213d03cd8383d62eb3b82f152abb7b457da2af80ecacec8a66e61fa04137e10c36ab74cf3c80a5d455260e289c3b3455aaa78e2d444a17a696997f0c4144f544bcc4e112c7e2062827312dd70a598e5941d36efc5953554291b2ba7ed26126c905a156c99092d2490e212dc901c69027dc88a6b7675f6abf625c5a4404f361d109614787a978aefff65e2831e425579"),
        ("k2048", .sha256, "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwb3N0aWUifQ", "44ca1ed335869a1357e464f94d712f7274c6decb7c4008077d9cfc5727532748c319362b63d69ddb44e7e0a9572208ac771e2203c83cd353e655eaf8110b0d42c8b8b344e1285e648dd88c912288ede7dec9ca96f274de5c80bae7ff20c32cb3f37b04573cd2cca23e82380ac41fa48f902235c433febe691e6ddbc99fc56d8127eaf3d87cf34a72fb5080fda6bf04b01e7859973801a8778665c69a8844e4a9f2e8cc7e9354a7a4d8ee642e90dbdd8fbeaf89f088786746f2edec9c0b305201447399eb1e4b2ca7f425a02d26d6820688ebdbb5d65060785ba14decfcef0684ca99d1907aa07c8bea6bf0bd113f6956b5ec3ddcb9821d0537dcdb595ef60116"),
        ("k2048", .sha384, "", "57523dc44f69302e73a2bdcf1157923f727817864acf99dc3abd23c74dd904d5ff4efff6e95d59904bfc4269bdfff512de3bf19d69c8bce8d08ded1c082df3a92a571be434c911da33a8668980be47dafe1eddb570d46d4d47397a302d4e211dfc47ffa78a8aa46b306cb1816b3feef21bed742298686eddc264c6ec0dc35fb2299b85fd1859ed440475d095edb1409733857a639df8bfb457b142341211b88063394b71cded75d3e6eacaf144f824b7fce5b0e2119bd3fd61c477f3a5115cdb832e4c229b637d297b5fae7a496239131accaf0fa34276e259c71de5278d610e4c6c72e3c0e34c2785f4cdc8a1b3002ca80bdeac06df17e4f1f2cb3b9c9ffe30"),
        ("k2048", .sha384, "abc", "7e1bbeae565cfb0575aa4564d0146b4da1a102f8ed00f72ab4c4e4d0b0723945a6eaaf27f0b51d2ae744de8c66e7e22c1b11b34bbdbd466c39f4ea3bab003cb9a669cc33d47659d8b91d1c41b79c705674d96368a8cd9985f3063d7bca87f0518c19af5c936a4ab2a9101649581aad694a6fb203fc30c291215624b54c1b42738ea5175b3f55fb0876030fe586250e424e773bf1814288ad10b5ef80c7dd89fa88e36e45dde98b26b4c4d398f267bd39b4837d90bdf1e9963fecd556326fd52e2310ff58b34495311f69597ef04894b25b6e9b397f3e4311178a44d0c9080f781c5f0882e9f4bbf4dbbb1f5011d73c1da76ce464a67db62c1e322d94a31d8d78"),
        ("k2048", .sha384, "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwb3N0aWUifQ", "90366ce9140792ba8aede3a6843d271d64dc6b3ec465eb134dd8be7bf6e6ede1ddd821c4d0f64d28a7395b6be3ff0db072646f6bbdad6c13d2e74829c2e2eaf254f0cf09b7f588e4db158611f5e5e6581f54c4394f7ffaa432a7c3b0c202bd09cc9e9c67fab7dfc1f5bbcf01ee50773be9192c7b2a038d8fa21df824151ae53741dfc0a92dc58b4bf6e6142f880640cc4659f8fff5c54eed530bef91f7f71167d2b44304c6102684209d5fecbd46d9d1c54cfe429d261cc2ec6ae7ac03b708039b2d132143cb0014b784cda22eda7217ed585747ab23bb075e757cb500eb47989ef56bf517d7c87053ae95f683519ecef8f83eea278034ff76af7d374a5524ef"),
        ("k2048", .sha512, "", "3b21ffd8b615c0e32ece04d8e7693d0adb5deb1325666f330eef3407b1f1e0e5fbef452ece58b4e2c7142295cc0e51a5016bbb9e1d820f3b49b1332ae411e89e37c2736fed3742dc0ce744e491655ddd0dcfe48fdf7d44e9e48a528f99920c133de516fd7d09ebdbdd371e3fa862c259ca68cf6f6cd911d56647a2c55817110a10e662ade29ec15d998db4ec74ad08c750386374893a515afdde7f3ef5f6001bca826bb879a4075707725dc3950c35bced40918420022323cc533f58b28ecb919e70dad43dc8b63d004464f29b925945d84a89d5363ce04b179785f69de8c53b9a62f1c9ea016258358d2d463df0a47539faab607e9dc910809f0cd2cd3a8cd4"),
        ("k2048", .sha512, "abc", "317141d08c84ea50ebd2b5f24572af5be5ae945cff12ce446519c01ea5c1836eb7a8b0cb400313597799b91c6265a11d7b93292f0b8bff32b8220b19f20b7e1fbb06336337746b13849922060d6bf8f982b8c262aca358dbfa371c52f1c16955253a58e483861d57eda405170c8ef68f4abbb202d37cdc8736c0ffea9d48d4c03fbf6696842776991b1324e19babff67090212b3821cff2ed125739180d538db0fe7dda1ad8da6bde7372fa077c800248bf1517be1a5d32e87bad51f8c9bbf72a575613b848edde0736fb865b8144648f94012dc3ea4dde9b04aa90d7798496ad95b7b6bdd2223274fc071420d9aa76032e571ac4d7a215f4b71a9d6549abe32"),
        ("k2048", .sha512, "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwb3N0aWUifQ", "67752ccbb20cffecd615d2453c3811997b9cd556d3ad06e83d7d3717132c75c3d5dc4a92378b9dd000dd2ba00e9a2586bf01dab78228a9fa84ab1367131cb4c913dd897eb07af0caa2edf73c1349120c7ed102bab98a5c7a08ece5fc57a93ea6de9ee3fab52d42ddf6265821f2ddea99f34baade94609a15eea1af2f7c1c8db77014ae315b63cc06ca55bea34399aac21068f5f06fa1f9cf19ba2e2cdf5e30d72dc4b338f983251e479fbb2f420e351024a83ee94209dbff68773347653f5cab9cf251a709a36b43d981dd9a33fd3aa4a2c7c8f3b649f73ea88ebeeb1e225478b44971d4eea31a021e81091d5335d300554b183b47e393206c6366d9b8b3362f"),
        ("k2049", .sha256, "abc", "5a5fa3bfb909f46006f04b85f573a5f913257a1a02b724b208c6ac7195052b6d7439da1658dba6a84155def6e6f52cde8887e2acf3ed9c6f5621c9fe7c3fc28a4b37f5e0d4ec4ae730559ddd786f28dd49ca3077a71f14a2a5c5bd5644a0bc20e9946354e2ec4e80acb148f54bb24e66fb27ce7b2f1eb018733ff965a2758b2b38df44fc4e6084a7e169e8c1fe5f0a16e9f0059f6d06526e5c1e07d47529848192b38a6dbbf4c9666840ed0146ddb86e4d3845991e4d37e822dc75f0971ed0841b2353ab5786d4e3a1461d473924adce930b4187b2a737be84f686740d6ca1573cbc3604e9240f52584f025e8fba02ba3e8c5bebc05a33b5ea8923d7c794c6cb"),
        ("k2049", .sha512, "abc", "1264d48b17c57d65df5a45709f3b8ac56e96b006e2b03b9a657cee9a3e801c9131bde7801a3d21c494f33b610fbb61977a7f4f431ea04b11f96a9d0b46aeade9b15d0ddf87b6f047658bbae3ac7b5e8e219fab1280c804d63ffa4c708b1b3958ec84490e6a14476c2ba4dd1dc6127ae9916f8792e6b7f80fafcf3357ffb4376c452ec2a722b32a59e9de726c10c0c7abfcb1ff17cfd5e457c9e7590c34286692930117f715854470265695e53585dc6a2dff0f64b1addbbbc1397ce0e9969c5caa13bca31a35b829994b65c172b9f53779b86e9bd7311cb7078eac1e92beed9bea2165fbdd0a5446a00f49f18d7435d771a3fc3ddbdb2b53b57c55edb965f9bb"),
        ("k4096", .sha256, "abc", "2a66b4fae6d7f6650ef239226775e85e21e87f83fd91825f55cf13aa1a1f3b163513ae25a4f6bc4ac9d6a21dda7f234389b3592975aa8fdc3c987ec967e7e17e8b36e7ed7de24457f31959f6d81f24d33f64003583d5b550cca0a92871465b3fb6bb087e79a995ea9f4f85f608d3e905cbfb24c1bbad8b3e8cf22bfcd9ef0484cee269c3520ef56759c02a514f5ccb055b7148baa2944599f74aa3b420fed6174a676461444b1ea9c0a5bd05b6821b5460db18e5ee2440c453ac7b980813be28c7eabdd92193546f9658678e5954b5293aed0fdb8b2db7c3e8270fa393c7d5e27ef38c09bdf88d63c98dd2177ffb77a41be9cae536c0acb891b28adb8bf041d6cee88baa92ff6019fb80de94d665b71b1cff7d0beae2457028c0909032fe3e5e1f17f69a71fbf3594d77acd9af37b93e3c2d5ec718f884a7407910d2cd3cf8e254205441e2f8c1d7e87719eada6da01f115e7e6de6ad3f6e754e2f3a95a056428cd9498edaf89b80f093e1c6afe77d181c4e318d45f33ad5a2696b5b20052c1ae2fee29f5cb6dc4c1e7dfc26207e10cea0304a0539c57b0c9e4ac5e528432ff4077bb5fdd8da68d28f87d3053d8113debf965ca8e82b08278fdf58adc0633f1e913358eee727eb71c112a24cc87a66ff5b9a0571276d875c5bb7d650b019800ca335ab581691ffee4a6f52e1db5f07ad204c6fff2955210919721a96e4fb6e30"),
        ("k4096", .sha512, "abc", "99c0569e5bac6ba40718d112cc603ea163aaca29f241d435540c909dfcce4b6c5e11a633e26bc0835635a50185aead3903ace672b2b202ba66665f0772434010795ecb9a0fd17aa49e50b7441922faf1294430f73e481edb4749c4e5cf642b93cd5ac2f5262ad3742ef3f5df750c66a6d0be65b0bee9a6c43d3c46fb8e567de88d8af8640fd318ecdf9722b15a7b750ecab7cfb7c87fb33e9934842c6486958d38be7d32414a9f99ecbfc7acff5c6687eea7672b62d2d7d1c2e89a71a1676e6f00aad366aae7b10ba4e27701bd120f3811133742858ca5b0c1578a35201e07e280c9b01b6b2b29fc5c2491b609bdfee348765cf7043c560527ba430d81e312bfa39b6376716e30d47f3c4de9d8f2fd9e4f1c8ea8a74b569d47381f82bf63ec95e983ffc8b6346bb84431dbd806d9ab8586c1c4a5f521c6f42a65214a9bf5898c20fc610ba3b28536eae6a928cbe1d9e9accc1f6ca9dc5c319989186a769a6508ba73df4434a30323b977efed641b630974a486f64dc999d8e1114eef0db4f548727f4e5929fed3f7e5bf60462533f0bb1e0ae5119a7ced4ac71ba7bbe6eacd82ffa0750fc5e04b5e19a679442616eb37e7f477c982939a7c47c1c073136e871b35e30b6e66e031bc430f512fe9e7ce9d21d1d21b4bcaea47fc2d6ff1140f25f363da79c1f4e225b50d53f9dd2d27270292f7267660208aaa963f77d9f6e4b725"),
    ]

    @Test(arguments: pss)
    func nodePSSSignaturesVerify(_ vector: (String, HashAlgorithm, String, String)) throws {
        let key = try RSATestKeys.privateKey(vector.0).publicKey
        let signature = hexBytes(vector.3)
        #expect(key.isValidSignature(signature, for: Array(vector.2.utf8), scheme: .pss(vector.1)))
        #expect(!key.isValidSignature(signature, for: Array((vector.2 + "!").utf8), scheme: .pss(vector.1)))
        #expect(!key.isValidSignature(signature, for: Array(vector.2.utf8), scheme: .pkcs1v15(vector.1)))
    }

    /// Our PSS signatures verify with our verify, and differ each time (a fresh salt). While writing this test, a
    /// signature from this code over "abc" with the 2048-bit key was also checked with node's `crypto.verify`
    /// (`RSA_PKCS1_PSS_PADDING`, `saltLength: 32`), which accepted it.
    @Test(arguments: [("k2048", HashAlgorithm.sha256), ("k2048", .sha384), ("k2048", .sha512), ("k2049", .sha256), ("k2049", .sha512)])
    func ourPSSSignaturesVerify(_ name: String, _ hash: HashAlgorithm) throws {
        let key = try RSATestKeys.privateKey(name)
        let message = Array("abc".utf8)
        let first = try key.signature(for: message, scheme: .pss(hash))
        let second = try key.signature(for: message, scheme: .pss(hash))
        #expect(first != second)
        #expect(key.publicKey.isValidSignature(first, for: message, scheme: .pss(hash)))
        #expect(key.publicKey.isValidSignature(second, for: message, scheme: .pss(hash)))
    }

    @Test func pssWithAFixedSaltIsReproducible() throws {
        let key = try RSATestKeys.privateKey("k2048")
        let salt = [UInt8](repeating: 0x5A, count: 32)
        let first = try key.signature(for: Array("abc".utf8), scheme: .pss(.sha256), salt: salt)
        #expect(try key.signature(for: Array("abc".utf8), scheme: .pss(.sha256), salt: salt) == first)
        #expect(key.publicKey.isValidSignature(first, for: Array("abc".utf8), scheme: .pss(.sha256)))
    }

    @Test func alteredSignaturesAreRejected() throws {
        let key = try RSATestKeys.privateKey("k2048")
        let message = Array("abc".utf8)
        for scheme in [RSASignatureScheme.pkcs1v15(.sha256), .pss(.sha256)] {
            var signature = try key.signature(for: message, scheme: scheme)
            #expect(!key.publicKey.isValidSignature(Array(signature.dropFirst()), for: message, scheme: scheme))
            signature[100] ^= 0x01
            #expect(!key.publicKey.isValidSignature(signature, for: message, scheme: scheme))
            #expect(!key.publicKey.isValidSignature([UInt8](repeating: 0xFF, count: 256), for: message, scheme: scheme))
        }
    }

    /// RFC 7515 Appendix A.2: the RS256 JWS example, with the key from its JWK (n, e, d, p, q, dp, dq, qi).
    @Test func rs256ExampleMatchesRFC7515AppendixA2() throws {
        func number(_ base64URL: String) throws -> BigUInt {
            BigUInt(bigEndianBytes: try Base64.decode(base64URL, alphabet: .urlSafe, padding: .optional))
        }
        let key = try RSAPrivateKey(
            modulus: try number("ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ"),
            publicExponent: try number("AQAB"),
            privateExponent: try number("Eq5xpGnNCivDflJsRQBXHx1hdR1k6Ulwe2JZD50LpXyWPEAeP88vLNO97IjlA7_GQ5sLKMgvfTeXZx9SE-7YwVol2NXOoAJe46sui395IW_GO-pWJ1O0BkTGoVEn2bKVRUCgu-GjBVaYLU6f3l9kJfFNS3E0QbVdxzubSu3Mkqzjkn439X0M_V51gfpRLI9JYanrC4D4qAdGcopV_0ZHHzQlBjudU2QvXt4ehNYTCBr6XCLQUShb1juUO1ZdiYoFaFQT5Tw8bGUl_x_jTj3ccPDVZFD9pIuhLhBOneufuBiB4cS98l2SR_RQyGWSeWjnczT0QU91p1DhOVRuOopznQ"),
            crt: RSAPrivateKey.CRTValues(
                p: try number("4BzEEOtIpmVdVEZNCqS7baC4crd0pqnRH_5IB3jw3bcxGn6QLvnEtfdUdiYrqBdss1l58BQ3KhooKeQTa9AB0Hw_Py5PJdTJNPY8cQn7ouZ2KKDcmnPGBY5t7yLc1QlQ5xHdwW1VhvKn-nXqhJTBgIPgtldC-KDV5z-y2XDwGUc"),
                q: try number("uQPEfgmVtjL0Uyyx88GZFF1fOunH3-7cepKmtH4pxhtCoHqpWmT8YAmZxaewHgHAjLYsp1ZSe7zFYHj7C6ul7TjeLQeZD_YwD66t62wDmpe_HlB-TnBA-njbglfIsRLtXlnDzQkv5dTltRJ11BKBBypeeF6689rjcJIDEz9RWdc"),
                dp: try number("BwKfV3Akq5_MFZDFZCnW-wzl-CCo83WoZvnLQwCTeDv8uzluRSnm71I3QCLdhrqE2e9YkxvuxdBfpT_PI7Yz-FOKnu1R6HsJeDCjn12Sk3vmAktV2zb34MCdy7cpdTh_YVr7tss2u6vneTwrA86rZtu5Mbr1C1XsmvkxHQAdYo0"),
                dq: try number("h_96-mK1R_7glhsum81dZxjTnYynPbZpHziZjeeHcXYsXaaMwkOlODsWa7I9xXDoRwbKgB719rrmI2oKr6N3Do9U0ajaHF-NKJnwgjMd2w9cjz3_-kyNlxAr2v4IKhGNpmM5iIgOS1VZnOZ68m6_pbLBSp3nssTdlqvd0tIiTHU"),
                qinv: try number("IYd7DHOhrWvxkwPQsRM2tOgrjbcrfvtQJipd-DlcxyVuuM9sQLdgjVk2oy26F0EmpScGLq2MowX7fhd_QJQ3ydy5cY7YIBi87w93IKLEdfnbJtoOPLUW0ITrJReOgo1cq9SbsxYawBgfp_gh6A5603k2-ZQwVK0JKSHuLFkuQ3U")))
        let signingInput =
            "eyJhbGciOiJSUzI1NiJ9"
            + ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
        let expected =
            "cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t"
            + "1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12j"
            + "zDwusC-eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUP"
            + "QGe77Rw"
        let signature = try key.signature(for: Array(signingInput.utf8), scheme: .pkcs1v15(.sha256))
        #expect(Base64.encode(signature, alphabet: .urlSafe, padded: false) == expected)
        // The same key without its CRT values signs with d alone and must agree.
        let plain = try RSAPrivateKey(modulus: key.modulus, publicExponent: key.publicKey.publicExponent, privateExponent: key.privateExponent)
        #expect(try plain.signature(for: Array(signingInput.utf8), scheme: .pkcs1v15(.sha256)) == signature)
    }

    @Test func keysTooShortForTheSchemeAreErrors() throws {
        let key = try RSATestKeys.privateKey("k1024")
        #expect(throws: RSAKeyError.keyTooShort(bits: 1024, minimumBits: 1041, scheme: "RSASSA-PSS with SHA-512")) {
            try key.signature(for: [], scheme: .pss(.sha512))
        }
        #expect(throws: RSAKeyError.unsupportedHash("MD5")) { try key.signature(for: [], scheme: .pkcs1v15(.md5)) }
        let signature = try key.signature(for: [], scheme: .pss(.sha256))
        #expect(key.publicKey.isValidSignature(signature, for: [], scheme: .pss(.sha256)))
    }

    /// A key whose CRT exponent is wrong would sign garbage; the check with the public exponent catches it.
    @Test func inconsistentCRTValuesAreCaught() throws {
        let key = try RSATestKeys.privateKey("k2048")
        let crt = try #require(key.crt)
        let broken = try RSAPrivateKey(
            modulus: key.modulus, publicExponent: key.publicKey.publicExponent, privateExponent: key.privateExponent,
            crt: RSAPrivateKey.CRTValues(p: crt.p, q: crt.q, dp: crt.dp - BigUInt(2), dq: crt.dq, qinv: crt.qinv))
        #expect(throws: RSAKeyError.inconsistentKey) { try broken.signature(for: [], scheme: .pkcs1v15(.sha256)) }
    }
}
