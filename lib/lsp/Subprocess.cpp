//===- Subprocess.cpp - A child process on a pair of pipes ----------------===//
#include "lsp/Subprocess.h"
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace rtclint::lsp;

std::optional<Child>
rtclint::lsp::spawnPiped(const std::vector<std::string> &Argv,
                         std::string &Error) {
  if (Argv.empty()) {
    Error = "no program";
    return std::nullopt;
  }
  int In[2], Out[2];
  // Close-on-exec: the child keeps only the ends dup2'ed onto 0 and 1.
  if (pipe2(In, O_CLOEXEC) != 0) {
    Error = std::strerror(errno);
    return std::nullopt;
  }
  if (pipe2(Out, O_CLOEXEC) != 0) {
    Error = std::strerror(errno);
    close(In[0]);
    close(In[1]);
    return std::nullopt;
  }
  posix_spawn_file_actions_t FA;
  posix_spawn_file_actions_init(&FA);
  posix_spawn_file_actions_adddup2(&FA, In[0], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&FA, Out[1], STDOUT_FILENO);
  std::vector<char *> Args;
  for (const std::string &A : Argv)
    Args.push_back(const_cast<char *>(A.c_str()));
  Args.push_back(nullptr);
  pid_t Pid = -1;
  int Rc = posix_spawnp(&Pid, Args[0], &FA, nullptr, Args.data(), environ);
  posix_spawn_file_actions_destroy(&FA);
  close(In[0]);
  close(Out[1]);
  if (Rc != 0) {
    Error = "cannot run " + Argv[0] + ": " + std::strerror(Rc);
    close(In[1]);
    close(Out[0]);
    return std::nullopt;
  }
  return Child{Pid, In[1], Out[0]};
}

int rtclint::lsp::waitChild(pid_t Pid) {
  int Status = 0;
  while (waitpid(Pid, &Status, 0) < 0)
    if (errno != EINTR)
      return 1;
  if (WIFEXITED(Status))
    return WEXITSTATUS(Status);
  if (WIFSIGNALED(Status))
    return 128 + WTERMSIG(Status);
  return 1;
}
