print("postie")
