print("oogst")
