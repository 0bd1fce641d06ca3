print("metodist")
