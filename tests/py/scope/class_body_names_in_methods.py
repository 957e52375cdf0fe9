class Config:
    default = 10
    def get(self):
        return self.default
    def get_via_class(self):
        return Config.default
    def broken(self):
        return default
c = Config()
print(c.get(), c.get_via_class())
try:
    c.broken()
except NameError as e:
    print(e)
