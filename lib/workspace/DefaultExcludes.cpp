//===- DefaultExcludes.cpp - Vendored and generated code ------------------===//

#include "workspace/DefaultExcludes.h"
#include "llvm/ADT/StringSwitch.h"

using namespace llvm;

namespace rtclint {

std::optional<StringRef> defaultExcludeReason(StringRef Name, bool IsDir) {
  if (IsDir) {
    bool Vendored = StringSwitch<bool>(Name)
                        .Cases("node_modules", "bower_components",
                               "jspm_packages", "web_modules", true)
                        .Cases("vendor", "Pods", "Carthage", true)
                        .Cases("site-packages", "dist-packages", true)
                        .Default(false);
    if (Vendored)
      return StringRef("dependency directory");
    return std::nullopt;
  }
  bool Lock = StringSwitch<bool>(Name)
                  .Cases("package-lock.json", "npm-shrinkwrap.json",
                         "yarn.lock", "pnpm-lock.yaml", "bun.lock", true)
                  .Cases("Gemfile.lock", "Podfile.lock", "Cartfile.resolved",
                         "composer.lock", true)
                  .Cases("Cargo.lock", "poetry.lock", "Pipfile.lock", "go.sum",
                         "pubspec.lock", true)
                  .Default(false);
  if (Lock)
    return StringRef("lock file");
  for (StringRef Suffix : {".min.js", ".min.mjs", ".min.css", ".bundle.js",
                           ".chunk.js", ".min.js.map", ".js.map"})
    if (Name.ends_with(Suffix) && Name.size() > Suffix.size())
      return StringRef("minified or generated bundle");
  return std::nullopt;
}

bool isThirdPartyDir(StringRef Name) {
  return Name == "third_party" || Name == "third-party" ||
         Name == "thirdparty" || Name == "3rdparty";
}

bool isProjectMarker(StringRef Name) {
  return Name.starts_with("LICENSE") || Name.starts_with("LICENCE") ||
         Name.starts_with("COPYING") ||
         StringSwitch<bool>(Name)
             .Cases("package.json", "setup.py", "pyproject.toml", "go.mod",
                    "Cargo.toml", true)
             .Cases("CMakeLists.txt", "pom.xml", "build.gradle",
                    "composer.json", "Gemfile", true)
             .Default(false);
}

} // namespace rtclint
