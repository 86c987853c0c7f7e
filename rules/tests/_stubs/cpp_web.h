// Just enough of the Crow, Drogon and Pistache interfaces for the C++
// route fixtures to parse without the libraries: the names, namespaces and
// call shapes that route discovery relies on, no behaviour. Not a fixture
// itself: no rule's folder holds it.
#ifndef RTCLINT_FIXTURE_CPP_WEB_H
#define RTCLINT_FIXTURE_CPP_WEB_H
#include "token_server.h"
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

// Crow: routes are rules of an App whose template arguments are the
// middleware (run on every request unless local); a rule takes methods,
// per-route middleware and finally its handler.
namespace crow {
enum class HTTPMethod { Get, Post, Put, Delete };
struct request {
  std::string body;
  std::string get_header_value(const std::string &Key) const;
  std::string url_param(const std::string &Key) const;
};
struct response {
  response();
  response(int Code);
  response(std::string Body);
  response(int Code, std::string Body);
  int code = 200;
};
// Middleware deriving from this runs only on the routes that name it.
struct ILocalMiddleware {};
struct CORSHandler {
  struct context {};
  void before_handle(request &, response &, context &);
  void after_handle(request &, response &, context &);
};
class rule {
public:
  template <typename... M> rule &methods(M... Ms);
  template <typename AppT, typename... Mw> rule &middlewares();
  template <typename F> void operator()(F Handler) { (void)Handler; }
};
template <typename... Middleware> class App {
public:
  rule &route(const std::string &Url);
  App &port(int Port);
  void run();
};
using SimpleApp = App<>;
} // namespace crow
// "POST"_method, at global scope as in Crow.
constexpr crow::HTTPMethod operator""_method(const char *Name,
                                             std::size_t Len) {
  return Len == 4 && Name[0] == 'P' ? crow::HTTPMethod::Post
                                    : crow::HTTPMethod::Get;
}
#define CROW_ROUTE(app, url) app.route(url)
#define CROW_MIDDLEWARES(app, ...)                                             \
  template middlewares<std::remove_reference<decltype(app)>::type,             \
                       __VA_ARGS__>()

// Drogon: handlers registered on the framework singleton, with the
// methods and filter class names they accept as constraints.
namespace drogon {
enum HttpMethod { Get, Post, Put, Delete };
enum HttpStatusCode { k200OK = 200, k401Unauthorized = 401 };
class HttpRequest {
public:
  std::string getParameter(const std::string &Key) const;
  std::string getHeader(const std::string &Key) const;
};
class HttpResponse {
public:
  static std::shared_ptr<HttpResponse> newHttpResponse();
  void setStatusCode(HttpStatusCode Code);
  void setBody(const std::string &Body);
};
using HttpRequestPtr = std::shared_ptr<HttpRequest>;
using HttpResponsePtr = std::shared_ptr<HttpResponse>;
namespace internal {
struct HttpConstraint {
  HttpConstraint(HttpMethod M);
  HttpConstraint(const std::string &FilterName);
  HttpConstraint(const char *FilterName);
};
} // namespace internal
class HttpAppFramework {
public:
  using Callback = std::function<void(const HttpResponsePtr &)>;
  HttpAppFramework &registerHandler(
      const std::string &Path,
      std::function<void(const HttpRequestPtr &, Callback &&)> Handler,
      const std::vector<internal::HttpConstraint> &Constraints = {});
  HttpAppFramework &addListener(const std::string &Ip, int Port);
  void run();
};
HttpAppFramework &app();
} // namespace drogon

// Pistache: free functions bind a path and a member function to a router.
namespace Pistache {
namespace Http {
enum class Code { Ok = 200, Unauthorized = 401 };
class ResponseWriter {
public:
  void send(Code C, const std::string &Body = "");
};
} // namespace Http
namespace Rest {
class Request {
public:
  std::string body() const;
  std::string param(const std::string &Name) const;
  const std::string &header(const std::string &Name) const;
};
using Handler = std::function<void(const Request &, Http::ResponseWriter)>;
using Middleware = std::function<bool(Request &, Http::ResponseWriter &)>;
class Router {
public:
  void addMiddleware(Middleware M);
};
namespace Routes {
void Get(Router &R, const std::string &Path, Handler H);
void Post(Router &R, const std::string &Path, Handler H);
template <typename Result, typename Cls, typename... Args, typename Obj>
Handler bind(Result (Cls::*Fn)(Args...), Obj Self);
template <typename Cls, typename... Args, typename Obj>
Middleware middleware(bool (Cls::*Fn)(Args...), Obj Self);
} // namespace Routes
} // namespace Rest
} // namespace Pistache

#endif
