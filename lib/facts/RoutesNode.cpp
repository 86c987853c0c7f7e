//===- RoutesNode.cpp - Express, Koa, Fastify, Hapi, NestJS ---------------===//
#include "facts/Routes.h"
#include "llvm/ADT/StringSwitch.h"

using namespace rtclint;
using namespace rtclint::routes;
using llvm::StringRef;

namespace {

/// HTTP clients share the verbs of routers; their calls are requests.
bool clientReceiver(StringRef Recv) {
  StringRef Last = Recv.substr(Recv.find_last_of('.') + 1);
  return llvm::StringSwitch<bool>(Last)
      .Cases("axios", "http", "https", "fetch", "request", "superagent", true)
      .Cases("got", "ky", "$", "jQuery", "client", "cy", "xhr", true)
      .Cases("agent", "supertest", "httpClient", "instance", "map", true)
      .Cases("cache", "headers", "params", "searchParams", "store", true)
      .Default(false);
}

/// The value of key Key in the object literal that is argument 0 of call CI.
const BindingFact *objectKey(const Ctx &C, int32_t CI, StringRef Key) {
  const CallFact &Call = C.F.Calls[CI];
  if (Call.Args.empty())
    return nullptr;
  Span Obj = Call.Args[0].Range;
  for (const BindingFact &B : C.F.Bindings)
    if (B.Bind == BindKind::ObjectKey && B.Name == Key &&
        Obj.contains(B.NameRange.Begin))
      return &B;
  return nullptr;
}

std::string unquote(StringRef T) {
  T = T.trim();
  if (T.size() >= 2 &&
      (T.front() == '\'' || T.front() == '"' || T.front() == '`'))
    return T.drop_front().drop_back().str();
  return T.str();
}

/// fastify.route({method, url, preHandler, handler}), server.route({method,
/// path, options: {auth, pre}, handler}) (Hapi).
void objectRoute(Ctx &C, int32_t CI) {
  const BindingFact *Url = objectKey(C, CI, "url");
  const BindingFact *Path = Url ? Url : objectKey(C, CI, "path");
  const BindingFact *Handler = objectKey(C, CI, "handler");
  if (!Path || !Handler || !looksLikePath(unquote(Path->ValueText), false))
    return;
  RouteFact R;
  R.Framework = Url ? "fastify" : "hapi";
  const BindingFact *M = objectKey(C, CI, "method");
  R.Method = M ? StringRef(unquote(M->ValueText)).upper() : "*";
  R.Path = unquote(Path->ValueText);
  R.Range = C.F.Calls[CI].Range;
  C.outerGuards(CI, R.Guards);
  for (StringRef K :
       {"preHandler", "onRequest", "preValidation", "auth", "pre", "config"})
    if (const BindingFact *G = objectKey(C, CI, K))
      R.Guards.push_back(C.guard(K.str() + ": " + G->ValueText,
                                 Span{G->NameRange.Begin, G->ValueRange.End}));
  ArgFact A;
  A.Text = Handler->ValueText;
  A.Range = Handler->ValueRange;
  C.setHandler(R, A, &R.Guards);
  C.add(std::move(R));
}

/// Express `app.route('/t').post(auth, h).get(g)`: one route per verb of
/// the chain, each reported at its verb.
void chainedRoutes(Ctx &C, int32_t CI, StringRef Framework) {
  const CallFact &Route = C.F.Calls[CI];
  std::string Path = C.argValue(Route.Args[0]);
  if (!looksLikePath(Path, false))
    return;
  std::string Prefix = Route.Callee + "()";
  for (const CallFact &K : C.F.Calls) {
    if (K.Range.Begin != Route.Range.Begin || K.Args.empty() ||
        !StringRef(K.Callee).starts_with(Prefix))
      continue;
    std::string Method = verbOf(K.Name);
    if (Method.empty())
      continue;
    size_t At = C.Code.substr(0, K.Args.front().Range.Begin).rfind(K.Name);
    if (At == StringRef::npos || At < Route.Range.End)
      continue;
    RouteFact R;
    R.Framework = Framework.str();
    R.Method = Method;
    R.Path = Path;
    R.Range = Span{uint32_t(At), K.Range.End};
    C.outerGuards(CI, R.Guards);
    for (size_t A = 0; A + 1 < K.Args.size(); ++A)
      R.Guards.push_back(C.guard(K.Args[A].Range));
    C.setHandler(R, K.Args.back(), &R.Guards);
    C.add(std::move(R));
  }
}

bool nestRoute(const Decorator &D, std::string &Method, std::string &Path) {
  Method = verbOf(D.Name);
  if (Method.empty() || D.Name.find('.') != std::string::npos)
    return false;
  Path = D.Args.empty() ? "" : unquote(D.Args[0]);
  return true;
}

bool nestPrefix(const Decorator &D, std::string &Path) {
  if (D.Name != "Controller")
    return false;
  Path = D.Args.empty() ? "" : unquote(D.Args[0]);
  return true;
}

} // namespace

void routes::nodeRoutes(Ctx &C) {
  // The framework the file imports; express when it names none.
  bool Express = C.Buf.contains("express");
  bool Koa = !Express && C.Buf.contains("koa");
  bool Fastify = !Express && !Koa && C.Buf.contains("fastify");
  for (size_t I = 0; I < C.F.Calls.size(); ++I) {
    const CallFact &Call = C.F.Calls[I];
    StringRef Recv = Ctx::receiver(Call.Callee);
    if (Call.Name == "route" && Call.Args.size() == 1 &&
        Call.Args[0].Text.front() == '{') {
      objectRoute(C, int32_t(I));
      continue;
    }
    if (Call.Name == "route" && Call.Args.size() == 1 && !Recv.empty() &&
        Call.Args[0].String >= 0) {
      chainedRoutes(C, int32_t(I), Express ? "express" : "koa");
      continue;
    }
    std::string Method = verbOf(Call.Name);
    if (Method.empty() || Call.Name == "route" || Call.Name == "handle" ||
        Recv.empty() || clientReceiver(Recv) || Call.Args.size() < 2)
      continue;
    std::string Path = C.argValue(Call.Args[0]);
    StringRef Last = StringRef(Call.Args.back().Text).trim();
    if (Call.Args[0].String < 0 || !looksLikePath(Path, false) ||
        Last.starts_with("{") || Call.Args.back().String >= 0)
      continue; // a request with a body, not a route
    RouteFact R;
    R.Framework = Fastify ? "fastify" : Koa ? "koa" : "express";
    R.Method = Method;
    R.Path = Path;
    R.Range = Call.Range;
    C.outerGuards(int32_t(I), R.Guards);
    // Inline middleware sit between the path and the handler; fastify's
    // options object ({ preHandler: auth }) too.
    for (size_t A = 1; A + 1 < Call.Args.size(); ++A)
      R.Guards.push_back(C.guard(Call.Args[A].Range));
    C.setHandler(R, Call.Args.back(), &R.Guards);
    C.add(std::move(R));
  }
  // NestJS is TypeScript; plain JavaScript has no decorators to read.
  if (C.Lang == Language::TypeScript)
    decoratedRoutes(C, DecoratedStyle{"nestjs", nestRoute, nestPrefix});
}
