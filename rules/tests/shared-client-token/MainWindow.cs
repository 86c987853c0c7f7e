using System;
using OpenTok;

namespace Acme.VideoDesk
{
    public partial class MainWindow
    {
        private const string API_KEY = "45828062";
        // ruleid: shared-client-token
        private const string TOKEN = "T1==cGFydG5lcl9pZD00NTgyODA2MiZzaWc9YmViYjI3MzdmNmE2ZjBmYjIzYzZmNWRhMmNlYzI1NTQwNGU0ZmI0NDpzZXNzaW9uX2lkPTFfTVg0ME5UZ3lPREEyTW41LVRXOXVJRTV2ZGlBeU15QXhNRG93TVRvd01pQlFVMVFnTWpBeU5uNTFPR3A2VUdSbE1FbG5lRXhrTmtkdVkyWkNRV1Z3WmtwLVVBJmNyZWF0ZV90aW1lPTE3NjQwMDAwMDAmcm9sZT1wdWJsaXNoZXImbm9uY2U9MC4wMDE4MjYzMyZleHBpcmVfdGltZT0xNzY0MDg2NDAw";
        // ok: shared-client-token
        private const string PLACEHOLDER_TOKEN = "";

        private Session session;

        public void ConnectDemo()
        {
            // ruleid: shared-client-token
            session.Connect("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI0NjI4NDkxNyIsImlzdCI6InByb2plY3QiLCJpYXQiOjE3NjQwMDAwMDAsImV4cCI6MTc2NDA4NjQwMCwic2NvcGUiOiJzZXNzaW9uLmNvbm5lY3QiLCJzZXNzaW9uX2lkIjoiMV9NWDQwTmpJNE5Ea3hOMzR5TURNdU1DNHhNVE11TjM1WFpXUWdUMk4wSURBM0lERTJPalExT2pFeklGQkVWQ0F5TURJMmZsSkpRbGgxUkV3M1JIaDBjRmxzVTFod1prdDBTRVkwZG41USIsInJvbGUiOiJwdWJsaXNoZXIiLCJub25jZSI6IjI2MTE0OTEzMTY3NyIsImluaXRpYWxfbGF5b3V0X2NsYXNzX2xpc3QiOiIifQ.WHdE1et4PpaWj4m-goVl4H5ffXhOkGCnIcqAfXYz7RI");
        }

        public void Connect(Credentials creds)
        {
            // ok: shared-client-token
            session.Connect(creds.Token);
        }

        // ok: shared-client-token
        private readonly string fromEnv = Environment.GetEnvironmentVariable("OPENTOK_TOKEN");
        // ok: shared-client-token
        private const string RestJwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI0NTgyODA2MiIsImlzdCI6InByb2plY3QiLCJpYXQiOjE3NjQwMDAwMDAsImV4cCI6MTc2NDAwMDE4MCwianRpIjoiNWExYjJjM2QtNmU3Zi00YThiLTljMGQtZTFmMmEzYjRjNWQ2In0.NALzduW_FJZ3PRlhYya-W-WFAzazbxO8rkgWaIITaAU";
    }
}
