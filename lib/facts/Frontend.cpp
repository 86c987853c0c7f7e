//===- Frontend.cpp - The token frontend and frontend choice --------------===//
#include "facts/Frontend.h"
#include "facts/Extract.h"
#include "facts/KeyFileContext.h"

using namespace rtclint;

Frontend::~Frontend() = default;

FileFacts TokenFrontend::extract(const SourceBuffer &Src) const {
  FileFacts F = extractFacts(Src.Lang, Src.Content);
  addKeyFileContext(Src.Path, Src.Content, F);
  F.Frontend = name().str();
  return F;
}

FrontendSet::FrontendSet() {
  Chain.push_back(std::make_shared<TokenFrontend>());
}

void FrontendSet::add(std::shared_ptr<const Frontend> F) {
  Chain.insert(Chain.end() - 1, std::move(F));
}

const Frontend &FrontendSet::choose(const SourceBuffer &Src) const {
  for (const auto &F : Chain)
    if (F->handles(Src))
      return *F;
  return *Chain.back();
}
