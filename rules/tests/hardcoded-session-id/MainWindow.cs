using System;
using OpenTok;

namespace Acme.VideoDesk
{
    public partial class MainWindow
    {
        private const string API_KEY = "45828062";
        // ruleid: hardcoded-session-id
        private const string SESSION_ID = "2_MX43MzAxOTQ4Mn5-MTc2NDA4NjQwMDEyM341S2pwMXZSdCsxZmpPUlMvNmlsSThpaE5-";
        // ok: hardcoded-session-id
        private const string TOKEN = "";

        private Session session;

        public MainWindow()
        {
            // ruleid: hardcoded-session-id
            session = new Session.Builder(Context.Instance, API_KEY, "2_MX40NzE5MzM1NX5-MTc2NDAwMDAwMDAwMH4yaHBDaFlnQ2ZyTDFzcE54bnlWbWloQS9-").Build();
        }

        public void Join(Credentials creds)
        {
            // ok: hardcoded-session-id
            session = new Session.Builder(Context.Instance, creds.ApiKey, creds.SessionId).Build();
            session.Connect(creds.Token);
        }

        // ok: hardcoded-session-id
        private static readonly string Broken = "2_MX4OoNZYW2mZp0zVZomHFwUbbYrEqmSM9~";
        // ok: hardcoded-session-id
        private readonly string fromEnv = Environment.GetEnvironmentVariable("SESSION_ID"); // '1_MX40NTgyODA2Mn5-TW9uIE5vdiAyMyAxMDowMTowMiBQU1QgMjAyNn51OGp6UGRlMElneExkNkduY2ZCQWVwZkp-UA'
    }

    public class TokenController
    {
        // ruleid: hardcoded-session-id
        public static readonly string SharedSession = "2_MX40NjI4NDkxN35-MTc2NDE3MjgwMDQ1Nn5GWVkva3Y1WkpyM0oxVFdEdGt3dEREYit-";
    }
}
