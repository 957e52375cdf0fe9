// parser_params.cpp — function and lambda parameters (python.gram,
// "Function parameters" and "Lambda functions"). The two families differ
// only in annotations and in what may follow the last parameter (')' for
// def, ':' for lambda), so both are generated from one template here.
#include "lang/parser_impl.h"

namespace il::lang::detail {

ast::Arguments* Parser::empty_arguments() { return arena->arguments_node(); }

// _PyPegen_make_arguments
ast::Arguments* Parser::make_arguments(std::vector<ast::Arg*>* slash_no_default,
                                       SlashWithDefault* slash_with_default,
                                       std::vector<ast::Arg*>* plain_names,
                                       std::vector<NameDefault>* names_with_default,
                                       StarEtc* star_etc) {
  ast::Arguments* a = arena->arguments_node();
  if (slash_no_default) {
    for (ast::Arg* x : *slash_no_default) a->posonlyargs.push_back(*x);
  } else if (slash_with_default) {
    for (ast::Arg* x : slash_with_default->plain) a->posonlyargs.push_back(*x);
    for (auto& nd : slash_with_default->with_default) a->posonlyargs.push_back(*nd.arg);
  }
  if (plain_names)
    for (ast::Arg* x : *plain_names) a->args.push_back(*x);
  if (names_with_default)
    for (auto& nd : *names_with_default) a->args.push_back(*nd.arg);
  if (slash_with_default)
    for (auto& nd : slash_with_default->with_default) a->defaults.push_back(nd.value);
  if (names_with_default)
    for (auto& nd : *names_with_default) a->defaults.push_back(nd.value);
  if (star_etc) {
    a->vararg = star_etc->vararg;
    for (auto& nd : star_etc->kwonly) {
      a->kwonlyargs.push_back(*nd.arg);
      a->kw_defaults.push_back(nd.value);
    }
    a->kwarg = star_etc->kwarg;
  }
  return a;
}

// params: invalid_parameters | parameters
ast::Arguments* Parser::params() {
  RULE_ENTER();
  int m = mark;
  if (call_invalid_rules) {
    invalid_parameters();
    mark = m;
    if (error_indicator) return nullptr;
  }
  return parameters();
}

// lambda_params: invalid_lambda_parameters | lambda_parameters
ast::Arguments* Parser::lambda_params() {
  RULE_ENTER();
  int m = mark;
  if (call_invalid_rules) {
    invalid_lambda_parameters();
    mark = m;
    if (error_indicator) return nullptr;
  }
  return lambda_parameters();
}

// The shared shape of the two parameter grammars. L is true for lambda.
//
// parameters:
//     | slash_no_default param_no_default* param_with_default* [star_etc]
//     | slash_with_default param_with_default* [star_etc]
//     | param_no_default+ param_with_default* [star_etc]
//     | param_with_default+ [star_etc]
//     | star_etc
template <bool L>
struct ParamRules {
  Parser& p;

  ast::Arg* no_default() { return L ? p.lambda_param_no_default() : p.param_no_default(); }
  bool with_default(NameDefault& o) {
    return L ? p.lambda_param_with_default(o) : p.param_with_default(o);
  }
  bool slash_no_default(std::vector<ast::Arg*>& o) {
    return L ? p.lambda_slash_no_default(o) : p.slash_no_default(o);
  }
  bool slash_with_default(SlashWithDefault& o) {
    return L ? p.lambda_slash_with_default(o) : p.slash_with_default(o);
  }
  bool star_etc(StarEtc& o) { return L ? p.lambda_star_etc(o) : p.star_etc(o); }

  void no_defaults(std::vector<ast::Arg*>& out) {
    for (;;) {
      int m = p.mark;
      ast::Arg* a = no_default();
      if (!a) {
        p.mark = m;
        return;
      }
      out.push_back(a);
    }
  }
  void with_defaults(std::vector<NameDefault>& out) {
    for (;;) {
      int m = p.mark;
      NameDefault nd;
      if (!with_default(nd)) {
        p.mark = m;
        return;
      }
      out.push_back(nd);
    }
  }
  bool opt_star_etc(StarEtc& se) {
    int m = p.mark;
    if (star_etc(se)) return true;
    p.mark = m;
    return false;
  }

  ast::Arguments* parameters() {
    int m = p.mark;
    {
      std::vector<ast::Arg*> a, b;
      std::vector<NameDefault> c;
      StarEtc d;
      if (slash_no_default(a)) {
        no_defaults(b);
        with_defaults(c);
        bool has = !p.error_indicator && opt_star_etc(d);
        if (p.error_indicator) return nullptr;
        return p.make_arguments(&a, nullptr, &b, &c, has ? &d : nullptr);
      }
    }
    p.mark = m;
    if (p.error_indicator) return nullptr;
    {
      SlashWithDefault a;
      std::vector<NameDefault> b;
      StarEtc c;
      if (slash_with_default(a)) {
        with_defaults(b);
        bool has = !p.error_indicator && opt_star_etc(c);
        if (p.error_indicator) return nullptr;
        return p.make_arguments(nullptr, &a, nullptr, &b, has ? &c : nullptr);
      }
    }
    p.mark = m;
    if (p.error_indicator) return nullptr;
    {
      std::vector<ast::Arg*> a;
      std::vector<NameDefault> b;
      StarEtc c;
      no_defaults(a);
      if (!a.empty() && !p.error_indicator) {
        with_defaults(b);
        bool has = !p.error_indicator && opt_star_etc(c);
        if (p.error_indicator) return nullptr;
        return p.make_arguments(nullptr, nullptr, &a, &b, has ? &c : nullptr);
      }
    }
    p.mark = m;
    if (p.error_indicator) return nullptr;
    {
      std::vector<NameDefault> a;
      StarEtc b;
      with_defaults(a);
      if (!a.empty() && !p.error_indicator) {
        bool has = opt_star_etc(b);
        if (p.error_indicator) return nullptr;
        return p.make_arguments(nullptr, nullptr, nullptr, &a, has ? &b : nullptr);
      }
    }
    p.mark = m;
    if (p.error_indicator) return nullptr;
    {
      StarEtc a;
      if (star_etc(a)) return p.make_arguments(nullptr, nullptr, nullptr, nullptr, &a);
    }
    p.mark = m;
    return nullptr;
  }

  // slash_no_default:
  //     | param_no_default+ '/' ','
  //     | param_no_default+ '/' &')'          (&':' for lambda)
  bool slash_no_default_rule(std::vector<ast::Arg*>& out) {
    int m = p.mark;
    std::vector<ast::Arg*> a;
    no_defaults(a);
    if (!a.empty() && p.expect(T::Slash)) {
      if (p.expect(T::Comma) || p.check(L ? T::Colon : T::RPar)) {
        out = std::move(a);
        return true;
      }
    }
    p.mark = m;
    return false;
  }

  // slash_with_default:
  //     | param_no_default* param_with_default+ '/' ','
  //     | param_no_default* param_with_default+ '/' &')'
  bool slash_with_default_rule(SlashWithDefault& out) {
    int m = p.mark;
    SlashWithDefault s;
    no_defaults(s.plain);
    with_defaults(s.with_default);
    if (!s.with_default.empty() && p.expect(T::Slash)) {
      if (p.expect(T::Comma) || p.check(L ? T::Colon : T::RPar)) {
        out = std::move(s);
        return true;
      }
    }
    p.mark = m;
    return false;
  }
};

ast::Arguments* Parser::parameters() {
  RULE_ENTER();
  return ParamRules<false>{*this}.parameters();
}
ast::Arguments* Parser::lambda_parameters() {
  RULE_ENTER();
  return ParamRules<true>{*this}.parameters();
}
bool Parser::slash_no_default(std::vector<ast::Arg*>& out) {
  RULE_ENTER();
  return ParamRules<false>{*this}.slash_no_default_rule(out);
}
bool Parser::lambda_slash_no_default(std::vector<ast::Arg*>& out) {
  RULE_ENTER();
  return ParamRules<true>{*this}.slash_no_default_rule(out);
}
bool Parser::slash_with_default(SlashWithDefault& out) {
  RULE_ENTER();
  return ParamRules<false>{*this}.slash_with_default_rule(out);
}
bool Parser::lambda_slash_with_default(SlashWithDefault& out) {
  RULE_ENTER();
  return ParamRules<true>{*this}.slash_with_default_rule(out);
}

// star_etc:
//     | invalid_star_etc
//     | '*' param_no_default param_maybe_default* [kwds]
//     | '*' param_no_default_star_annotation param_maybe_default* [kwds]
//     | '*' ',' param_maybe_default+ [kwds]
//     | kwds
bool Parser::star_etc(StarEtc& out) {
  RULE_ENTER();
  int m = mark;
  if (call_invalid_rules) {
    invalid_star_etc();
    mark = m;
    if (error_indicator) return false;
  }
  auto maybe_defaults = [this](std::vector<NameDefault>& v) {
    for (;;) {
      int m2 = mark;
      NameDefault nd;
      if (!param_maybe_default(nd)) {
        mark = m2;
        return;
      }
      v.push_back(nd);
    }
  };
  auto opt_kwds = [this]() -> ast::Arg* {
    int m2 = mark;
    ast::Arg* k = kwds();
    if (!k) mark = m2;
    return k;
  };
  for (int alt = 0; alt < 2; alt++) {
    mark = m;
    if (!expect(T::Star)) break;
    ast::Arg* a = alt == 0 ? param_no_default() : param_no_default_star_annotation();
    if (!a) continue;
    StarEtc s;
    s.vararg = a;
    maybe_defaults(s.kwonly);
    if (error_indicator) return false;
    s.kwarg = opt_kwds();
    if (error_indicator) return false;
    out = std::move(s);
    return true;
  }
  mark = m;
  if (error_indicator) return false;
  if (expect(T::Star) && expect(T::Comma)) {
    StarEtc s;
    maybe_defaults(s.kwonly);
    if (!s.kwonly.empty() && !error_indicator) {
      s.kwarg = opt_kwds();
      if (error_indicator) return false;
      out = std::move(s);
      return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  if (ast::Arg* k = kwds()) {
    out = StarEtc{};
    out.kwarg = k;
    return true;
  }
  mark = m;
  return false;
}

// lambda_star_etc:
//     | invalid_lambda_star_etc
//     | '*' lambda_param_no_default lambda_param_maybe_default* [lambda_kwds]
//     | '*' ',' lambda_param_maybe_default+ [lambda_kwds]
//     | lambda_kwds
bool Parser::lambda_star_etc(StarEtc& out) {
  RULE_ENTER();
  int m = mark;
  if (call_invalid_rules) {
    invalid_lambda_star_etc();
    mark = m;
    if (error_indicator) return false;
  }
  auto maybe_defaults = [this](std::vector<NameDefault>& v) {
    for (;;) {
      int m2 = mark;
      NameDefault nd;
      if (!lambda_param_maybe_default(nd)) {
        mark = m2;
        return;
      }
      v.push_back(nd);
    }
  };
  auto opt_kwds = [this]() -> ast::Arg* {
    int m2 = mark;
    ast::Arg* k = lambda_kwds();
    if (!k) mark = m2;
    return k;
  };
  if (expect(T::Star)) {
    if (ast::Arg* a = lambda_param_no_default()) {
      StarEtc s;
      s.vararg = a;
      maybe_defaults(s.kwonly);
      if (error_indicator) return false;
      s.kwarg = opt_kwds();
      if (error_indicator) return false;
      out = std::move(s);
      return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  if (expect(T::Star) && expect(T::Comma)) {
    StarEtc s;
    maybe_defaults(s.kwonly);
    if (!s.kwonly.empty() && !error_indicator) {
      s.kwarg = opt_kwds();
      if (error_indicator) return false;
      out = std::move(s);
      return true;
    }
  }
  mark = m;
  if (error_indicator) return false;
  if (ast::Arg* k = lambda_kwds()) {
    out = StarEtc{};
    out.kwarg = k;
    return true;
  }
  mark = m;
  return false;
}

// kwds: invalid_kwds | '**' param_no_default
ast::Arg* Parser::kwds() {
  RULE_ENTER();
  int m = mark;
  if (call_invalid_rules) {
    invalid_kwds();
    mark = m;
    if (error_indicator) return nullptr;
  }
  if (expect(T::DoubleStar)) {
    if (ast::Arg* a = param_no_default()) return a;
  }
  mark = m;
  return nullptr;
}

// lambda_kwds: invalid_lambda_kwds | '**' lambda_param_no_default
ast::Arg* Parser::lambda_kwds() {
  RULE_ENTER();
  int m = mark;
  if (call_invalid_rules) {
    invalid_lambda_kwds();
    mark = m;
    if (error_indicator) return nullptr;
  }
  if (expect(T::DoubleStar)) {
    if (ast::Arg* a = lambda_param_no_default()) return a;
  }
  mark = m;
  return nullptr;
}

// param_no_default:
//     | param ',' TYPE_COMMENT?
//     | param TYPE_COMMENT? &')'
ast::Arg* Parser::param_no_default() {
  RULE_ENTER();
  int m = mark;
  ast::Arg* a = param();
  if (!a) return nullptr;
  if (expect(T::Comma)) {
    peek_tok();  // TYPE_COMMENT?
    return error_indicator ? nullptr : a;
  }
  if (check(T::RPar)) return a;
  mark = m;
  return nullptr;
}

// param_no_default_star_annotation: like param_no_default with param_star_annotation
ast::Arg* Parser::param_no_default_star_annotation() {
  RULE_ENTER();
  int m = mark;
  ast::Arg* a = param_star_annotation();
  if (!a) return nullptr;
  if (expect(T::Comma)) {
    peek_tok();
    return error_indicator ? nullptr : a;
  }
  if (check(T::RPar)) return a;
  mark = m;
  return nullptr;
}

// param_with_default:
//     | param default ',' TYPE_COMMENT?
//     | param default TYPE_COMMENT? &')'
bool Parser::param_with_default(NameDefault& out) {
  RULE_ENTER();
  int m = mark;
  ast::Arg* a = param();
  if (!a) return false;
  Expr* c = default_();
  if (!c) {
    mark = m;
    return false;
  }
  if (expect(T::Comma)) {
    peek_tok();
  } else if (!check(T::RPar)) {
    mark = m;
    return false;
  }
  if (error_indicator) return false;
  out = {a, c};
  return true;
}

// param_maybe_default:
//     | param default? ',' TYPE_COMMENT?
//     | param default? TYPE_COMMENT? &')'
bool Parser::param_maybe_default(NameDefault& out) {
  RULE_ENTER();
  int m = mark;
  ast::Arg* a = param();
  if (!a) return false;
  int m2 = mark;
  Expr* c = default_();
  if (!c) {
    if (error_indicator) return false;
    mark = m2;
  }
  if (expect(T::Comma)) {
    peek_tok();
  } else if (!check(T::RPar)) {
    mark = m;
    return false;
  }
  if (error_indicator) return false;
  out = {a, c};
  return true;
}

// param: NAME annotation?
ast::Arg* Parser::param() {
  RULE_ENTER();
  int m = mark;
  const Token* a = expect_name();
  if (!a) return nullptr;
  int m2 = mark;
  Expr* b = annotation();
  if (!b) {
    if (error_indicator) return nullptr;
    mark = m2;
  }
  return new_arg(a, b, extra(m));
}

// param_star_annotation: NAME star_annotation
ast::Arg* Parser::param_star_annotation() {
  RULE_ENTER();
  int m = mark;
  const Token* a = expect_name();
  if (!a) return nullptr;
  Expr* b = star_annotation();
  if (!b) {
    mark = m;
    return nullptr;
  }
  return new_arg(a, b, extra(m));
}

// annotation: ':' expression
Expr* Parser::annotation() {
  RULE_ENTER();
  int m = mark;
  if (!expect(T::Colon)) return nullptr;
  Expr* a = expression();
  if (!a) mark = m;
  return a;
}

// star_annotation: ':' star_expression
Expr* Parser::star_annotation() {
  RULE_ENTER();
  int m = mark;
  if (!expect(T::Colon)) return nullptr;
  Expr* a = star_expression();
  if (!a) mark = m;
  return a;
}

// default: '=' expression | invalid_default
Expr* Parser::default_() {
  RULE_ENTER();
  int m = mark;
  if (expect(T::Equal)) {
    if (Expr* a = expression()) return a;
  }
  mark = m;
  if (error_indicator) return nullptr;
  if (call_invalid_rules) {
    invalid_default();
    mark = m;
  }
  return nullptr;
}

// lambda_param_no_default: lambda_param ',' | lambda_param &':'
ast::Arg* Parser::lambda_param_no_default() {
  RULE_ENTER();
  int m = mark;
  ast::Arg* a = lambda_param();
  if (!a) return nullptr;
  if (expect(T::Comma) || check(T::Colon)) return error_indicator ? nullptr : a;
  mark = m;
  return nullptr;
}

// lambda_param_with_default: lambda_param default ',' | lambda_param default &':'
bool Parser::lambda_param_with_default(NameDefault& out) {
  RULE_ENTER();
  int m = mark;
  ast::Arg* a = lambda_param();
  if (!a) return false;
  Expr* c = default_();
  if (c && (expect(T::Comma) || check(T::Colon)) && !error_indicator) {
    out = {a, c};
    return true;
  }
  mark = m;
  return false;
}

// lambda_param_maybe_default: lambda_param default? ',' | lambda_param default? &':'
bool Parser::lambda_param_maybe_default(NameDefault& out) {
  RULE_ENTER();
  int m = mark;
  ast::Arg* a = lambda_param();
  if (!a) return false;
  int m2 = mark;
  Expr* c = default_();
  if (!c) {
    if (error_indicator) return false;
    mark = m2;
  }
  if ((expect(T::Comma) || check(T::Colon)) && !error_indicator) {
    out = {a, c};
    return true;
  }
  mark = m;
  return false;
}

// lambda_param: NAME
ast::Arg* Parser::lambda_param() {
  RULE_ENTER();
  int m = mark;
  const Token* a = expect_name();
  if (!a) return nullptr;
  return new_arg(a, nullptr, extra(m));
}

}  // namespace il::lang::detail
