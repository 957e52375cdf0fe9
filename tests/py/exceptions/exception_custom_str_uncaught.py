class Fancy(Exception):
    def __str__(self):
        return "fancy message with detail"
raise Fancy(1, 2)
