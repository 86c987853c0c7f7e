//===- Glob.cpp - One glob dialect: gitignore(5) patterns -----------------===//

#include "support/Glob.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/SmallVector.h"

using namespace llvm;

namespace rtclint {

static Error globError(StringRef Pattern, const char *Why) {
  return createStringError(inconvertibleErrorCode(), "invalid glob '%s': %s",
                           Pattern.str().c_str(), Why);
}

Expected<PathGlob> PathGlob::create(StringRef Pattern) {
  PathGlob G;
  G.Text = Pattern.str();
  StringRef P = Pattern;
  if (P.ends_with("/") && !P.ends_with("\\/")) {
    G.DirOnly = true;
    P = P.rtrim('/');
  }
  // A slash at the start or in the middle anchors the pattern to the base.
  bool Anchored = P.starts_with("/") || P.contains('/');
  P = P.ltrim('/');
  if (P.empty())
    return globError(Pattern, "empty pattern");

  SmallVector<StringRef, 8> Parts;
  P.split(Parts, '/', -1, /*KeepEmpty=*/false);
  if (!Anchored)
    G.Segments.push_back({/*DoubleStar=*/true, {}});
  for (StringRef Part : Parts) {
    Segment S;
    if (Part == "**") {
      // Runs of `**` are the same as one.
      if (!G.Segments.empty() && G.Segments.back().DoubleStar)
        continue;
      S.DoubleStar = true;
      G.Segments.push_back(std::move(S));
      continue;
    }
    for (size_t I = 0; I < Part.size(); ++I) {
      char C = Part[I];
      if (C == '\\' && I + 1 < Part.size()) {
        S.Atoms.push_back({Atom::Char, Part[++I]});
      } else if (C == '?') {
        S.Atoms.push_back({Atom::Any});
      } else if (C == '*') {
        if (S.Atoms.empty() || S.Atoms.back().K != Atom::Star)
          S.Atoms.push_back({Atom::Star});
      } else if (C == '[') {
        std::bitset<256> Set;
        size_t J = I + 1;
        bool Negate = J < Part.size() && (Part[J] == '!' || Part[J] == '^');
        if (Negate)
          ++J;
        bool First = true;
        for (; J < Part.size() && (First || Part[J] != ']'); First = false) {
          unsigned char Lo = Part[J];
          if (Lo == '\\' && J + 1 < Part.size())
            Lo = Part[++J];
          ++J;
          unsigned char Hi = Lo;
          if (J + 1 < Part.size() && Part[J] == '-' && Part[J + 1] != ']') {
            Hi = Part[J + 1];
            if (Hi == '\\' && J + 2 < Part.size())
              Hi = Part[++J + 1];
            J += 2;
          }
          for (unsigned V = Lo; V <= Hi; ++V)
            Set.set(V);
        }
        if (J >= Part.size())
          return globError(Pattern, "unclosed '['");
        if (Negate)
          Set.flip();
        Set.reset('/');
        S.Atoms.push_back({Atom::Class, 0, uint16_t(G.Classes.size())});
        G.Classes.push_back(Set);
        I = J;
      } else {
        S.Atoms.push_back({Atom::Char, C});
      }
    }
    G.Segments.push_back(std::move(S));
  }
  // A trailing `**` matches everything inside, but not the directory
  // itself: it stands for one component and then any number more.
  if (G.Segments.back().DoubleStar) {
    Segment One;
    One.Atoms.push_back({Atom::Star});
    G.Segments.insert(G.Segments.end() - 1, std::move(One));
  }
  return G;
}

/// Wildcard match within one component. `*` keeps only its latest
/// resumption point, which is exact for globs without alternation and
/// bounds the cost by |atoms| x |name|.
bool PathGlob::matchComponent(const Segment &S, StringRef Name) const {
  auto One = [&](const Atom &A, char C) {
    switch (A.K) {
    case Atom::Char:
      return A.C == C;
    case Atom::Any:
      return true;
    case Atom::Class:
      return Classes[A.ClassIdx].test((unsigned char)C);
    case Atom::Star:
      return false;
    }
    return false;
  };
  size_t AI = 0, NI = 0, StarA = SIZE_MAX, StarN = 0;
  const std::vector<Atom> &As = S.Atoms;
  while (NI < Name.size()) {
    if (AI < As.size() && As[AI].K == Atom::Star) {
      StarA = AI++;
      StarN = NI;
    } else if (AI < As.size() && One(As[AI], Name[NI])) {
      ++AI;
      ++NI;
    } else if (StarA != SIZE_MAX) {
      AI = StarA + 1;
      NI = ++StarN;
    } else {
      return false;
    }
  }
  while (AI < As.size() && As[AI].K == Atom::Star)
    ++AI;
  return AI == As.size();
}

bool PathGlob::run(StringRef Path, bool IsDir, bool Parents) const {
  SmallVector<StringRef, 16> Comps;
  Path.split(Comps, '/', -1, /*KeepEmpty=*/false);
  size_t N = Segments.size();
  // Live[i]: the first i segments match the components read so far.
  BitVector Live(N + 1), Next(N + 1);
  auto close = [&](BitVector &B) { // `**` may match zero components
    for (size_t I = 0; I < N; ++I)
      if (B.test(I) && Segments[I].DoubleStar)
        B.set(I + 1);
  };
  Live.set(0);
  close(Live);
  for (size_t C = 0; C < Comps.size(); ++C) {
    Next.reset();
    for (size_t I = Live.find_first(); I < N && I != size_t(-1);
         I = Live.find_next(I)) {
      const Segment &S = Segments[I];
      if (S.DoubleStar)
        Next.set(I); // and, through close(), I + 1
      else if (matchComponent(S, Comps[C]))
        Next.set(I + 1);
    }
    close(Next);
    std::swap(Live, Next);
    if (Live.none())
      return false;
    bool Last = C + 1 == Comps.size();
    // An ancestor is a directory; the path itself is one when IsDir says so.
    if (Live.test(N) && (Last || Parents) && (!DirOnly || !Last || IsDir))
      return true;
  }
  return false;
}

bool PathGlob::match(StringRef Path, bool IsDir) const {
  return run(Path, IsDir, /*Parents=*/false);
}

bool PathGlob::matchWithParents(StringRef Path, bool IsDir) const {
  return run(Path, IsDir, /*Parents=*/true);
}

} // namespace rtclint
