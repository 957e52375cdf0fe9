raise ValueError, "message"
