// Session-cookie check shared by the token routes.
module.exports.requireMember = function requireMember(req, res, next) {
  if (!req.session || !req.session.memberId) {
    res.status(401).json({ error: 'sign in first' });
    return;
  }
  next();
};
