//===- DisplayPath.cpp - How paths are shown to users ---------------------===//

#include "workspace/Walker.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace rtclint {

std::string displayPath(StringRef Path) {
  SmallString<256> Abs(Path);
  if (sys::fs::make_absolute(Abs))
    return Path.str(); // no current directory: keep it as given
  sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  sys::path::convert_to_slash(Abs);

  SmallString<256> Cwd;
  if (sys::fs::current_path(Cwd))
    return std::string(Abs);
  sys::path::remove_dots(Cwd, /*remove_dot_dot=*/true);
  sys::path::convert_to_slash(Cwd);

  StringRef Rel = Abs;
  if (Rel == Cwd)
    return ".";
  if (Rel.consume_front(Cwd) && (Cwd.ends_with("/") || Rel.consume_front("/")))
    return Rel.str();
  return std::string(Abs);
}

} // namespace rtclint
