print("lignum")
