def helper():
    return "module helper"
class K:
    def helper(self):
        return "method helper"
    def call(self):
        return helper(), self.helper()
print(K().call())
