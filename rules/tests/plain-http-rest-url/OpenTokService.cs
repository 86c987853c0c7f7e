using System;
using System.Net.Http;

namespace Acme.VideoDesk
{
    public class OpenTokService
    {
        // ruleid: plain-http-rest-url
        private const string ApiUrl = "http://api.opentok.com";
        // ok: plain-http-rest-url
        private const string ApiUrlTls = "https://api.opentok.com";
        // ruleid: plain-http-rest-url
        private static readonly Uri TokenServer = new Uri("http://video-tokens.acme-corp.io/");
        // ok: plain-http-rest-url
        private static readonly Uri DevServer = new Uri("http://localhost:5000/");

        private readonly HttpClient http = new HttpClient();

        public HttpRequestMessage SignalAll(string sessionId)
        {
            // ruleid: plain-http-rest-url
            return new HttpRequestMessage(HttpMethod.Post, $"http://api.opentok.com/v2/project/45828062/session/{sessionId}/signal");
        }

        public string HostUrl(string host)
        {
            // ok: plain-http-rest-url
            return $"http://{host}/api";
        }

        // ok: plain-http-rest-url
        private const string XamlNs = "http://schemas.microsoft.com/winfx/2006/xaml/presentation";
    }
}
