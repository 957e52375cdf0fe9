// Unit tests for the tokenizer, dict and str at the C++ level (the Python
// suite covers them from Python; these pin the C++ APIs other code uses).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lang/tokenizer.h"
#include "objects/containers.h"
#include "vm/interp.h"
#include "vm/ops.h"

namespace {

using il::lang::T;

std::vector<T> kinds(std::string_view src) {
  il::lang::Tokenizer tz(src, true);
  std::vector<T> out;
  for (;;) {
    il::lang::Token t = tz.next();
    out.push_back(t.type);
    if (t.type == T::EndMarker || t.type == T::ErrorToken) break;
  }
  return out;
}

struct NullSink : il::OutputSink {
  void write(int, std::string_view, int, int) override {}
};

class InterpTest : public ::testing::Test {
 protected:
  NullSink sink;
  il::Interp* I = nullptr;
  void SetUp() override {
    il::InterpConfig cfg;
    cfg.out = &sink;
    I = new il::Interp(std::move(cfg));
  }
  void TearDown() override { delete I; }
};

}  // namespace

TEST(Tokenizer, IndentDedentAndOperators) {
  // Keywords come out as NAME: the parser maps them (as pegen does).
  std::vector<T> want = {T::Name, T::Name, T::GreaterEqual, T::Number, T::Colon, T::Newline,
                         T::Indent, T::Name, T::DoubleStarEqual, T::Number, T::Newline,
                         T::Dedent, T::EndMarker};
  EXPECT_EQ(kinds("if x >= 1:\n    y **= 2\n"), want);
}

TEST(Tokenizer, BracketsJoinLinesAndStringsStayWhole) {
  il::lang::Tokenizer tz("f(a,\n  'b c',\n  \"\"\"d\ne\"\"\")\n", true);
  std::vector<std::string> texts;
  for (il::lang::Token t = tz.next(); t.type != T::EndMarker; t = tz.next()) texts.push_back(std::string(tz.text(t)));
  std::vector<std::string> want = {"f", "(", "a", ",", "'b c'", ",", "\"\"\"d\ne\"\"\"", ")", ""};
  EXPECT_EQ(texts, want);  // no NEWLINE inside brackets; the last is the NEWLINE token
}

TEST(Tokenizer, UnterminatedStringIsAnError) {
  std::vector<T> k = kinds("x = 'abc\n");
  EXPECT_EQ(k.back(), T::ErrorToken);
}

TEST_F(InterpTest, DictKeepsInsertionOrderAndDeletes) {
  il::Dict* d = I->dict();
  for (int i = 0; i < 1000; i++) il::dict_set(*I, d, il::Value::small(i * 7 % 1000), il::Value::small(i));
  EXPECT_EQ(il::length(*I, obj_value(d)), 1000);
  EXPECT_EQ(il::dict_get(*I, d, il::Value::small(7)).small_value(), 1);
  for (int i = 0; i < 1000; i += 2) EXPECT_TRUE(il::dict_del(*I, d, il::Value::small(i)));
  EXPECT_FALSE(il::dict_del(*I, d, il::Value::small(0)));
  EXPECT_EQ(il::length(*I, obj_value(d)), 500);
  EXPECT_TRUE(il::dict_get(*I, d, il::Value::small(2)).empty());
  EXPECT_EQ(il::repr_string(*I, obj_value(d)).substr(0, 20), "{7: 1, 21: 3, 35: 5,");
}

TEST_F(InterpTest, DictStrKeysEqualByValue) {
  il::Dict* d = I->dict();
  il::dict_set(*I, d, I->new_str("k\xc3\xa9y"), il::Value::small(1));  // not interned
  EXPECT_EQ(il::dict_get_str(d, I->intern("k\xc3\xa9y")).small_value(), 1);
}

TEST_F(InterpTest, StrIsCodePointsAndHashMatchesBytes) {
  il::Value s = I->new_str("\xe5\xa4\x9a\xe7\xba\xbf\xe7\xa8\x8b");  // 多线程
  EXPECT_EQ(il::length(*I, s), 3);
  EXPECT_EQ(il::repr_string(*I, s), "'\xe5\xa4\x9a\xe7\xba\xbf\xe7\xa8\x8b'");
  il::Value a = I->new_str("abc");
  il::Value b = I->new_bytes("abc");
  EXPECT_EQ(il::hash(*I, a), il::hash(*I, b));  // hash('abc') == hash(b'abc'), as CPython
  EXPECT_TRUE(il::eq(*I, a, obj_value(I->intern("abc"))));
}
