export function requireAuth(req, res, next) {
  return req.session.userId ? next() : res.status(401).end();
}

export function requireRole(role) {
  return (req, res, next) => (req.user.role === role ? next() : res.status(403).end());
}
