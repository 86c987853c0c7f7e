// Declarations the C++ fixtures use instead of the library headers
// (cpp-httplib and a C++ OpenTok token helper), so that Clang parses them
// anywhere. Not a fixture itself: no rule's folder holds it.
#ifndef RTCLINT_FIXTURE_TOKEN_SERVER_H
#define RTCLINT_FIXTURE_TOKEN_SERVER_H
#include <cstdlib>
#include <ctime>
#include <functional>
#include <string>

namespace httplib {
struct Request {
  std::string body;
  std::string get_param_value(const std::string &Key) const;
  std::string get_header_value(const std::string &Key) const;
};
struct Response {
  int status = 200;
  void set_content(const std::string &Body, const char *Type);
};
class Server {
public:
  using Handler = std::function<void(const Request &, Response &)>;
  Server &Get(const std::string &Pattern, Handler H);
  Server &Post(const std::string &Pattern, Handler H);
  Server &
  set_pre_routing_handler(std::function<int(const Request &, Response &)> H);
  bool listen(const std::string &Host, int Port);
};
} // namespace httplib

namespace opentok {
struct TokenOptions {
  std::string role = "publisher";
  std::string data;
  long expireTime = 0;
};
class OpenTok {
public:
  OpenTok(int ApiKey, const std::string &Secret);
  std::string createSession();
  std::string generateToken(const std::string &SessionId,
                            const TokenOptions &Opts = {});
  std::string startArchive(const std::string &SessionId);
  void stopArchive(const std::string &ArchiveId);
  void forceDisconnect(const std::string &SessionId,
                       const std::string &ConnectionId);
};
} // namespace opentok

#endif
