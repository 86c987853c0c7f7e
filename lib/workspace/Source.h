//===- Source.h - Forwarding header -----------------------------*- C++ -*-===//
//
// The source model moved to lib/source so the engine can detect languages
// and roles without linking the walker or libgit2.
//
//===----------------------------------------------------------------------===//
#include "source/Source.h"
