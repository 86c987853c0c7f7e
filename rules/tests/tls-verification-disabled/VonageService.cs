using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using OpenTokSDK;

namespace VideoApp.Services
{
    public class VonageService
    {
        private readonly OpenTok _openTok;
        private readonly ILogger<VonageService> _logger;

        public VonageService(IConfiguration config, ILogger<VonageService> logger)
        {
            _openTok = new OpenTok(int.Parse(config["OpenTok:ApiKey"]), config["OpenTok:ApiSecret"]);
            _logger = logger;
            // ruleid: tls-verification-disabled
            ServicePointManager.ServerCertificateValidationCallback = (sender, cert, chain, errors) => true;
        }

        public static HttpClient CreateInsecureClient()
        {
            var handler = new HttpClientHandler
            {
                // ruleid: tls-verification-disabled
                ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator
            };
            return new HttpClient(handler) { BaseAddress = new Uri("https://video.api.vonage.com") };
        }

        public static HttpClient CreateLooseClient()
        {
            var handler = new HttpClientHandler();
            // ruleid: tls-verification-disabled
            handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true;
            return new HttpClient(handler);
        }

        public static HttpClient CreateDelegateClient()
        {
            var handler = new HttpClientHandler();
            // ruleid: tls-verification-disabled
            handler.ServerCertificateCustomValidationCallback = delegate { return true; };
            return new HttpClient(handler);
        }

        public static HttpClient CreateStrictClient()
        {
            var handler = new HttpClientHandler();
            // ok: tls-verification-disabled
            handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => errors == SslPolicyErrors.None;
            return new HttpClient(handler);
        }

        public static void LegacyGlobalHook()
        {
            // ruleid: tls-verification-disabled
            ServicePointManager.ServerCertificateValidationCallback += (sender, certificate, chain, sslPolicyErrors) => true;
        }

        public static SslStream WrapInsecure(Stream inner)
        {
            // ruleid: tls-verification-disabled
            return new SslStream(inner, false, (sender, certificate, chain, errors) => true);
        }

        public static SslStream WrapStrict(Stream inner)
        {
            // ok: tls-verification-disabled
            return new SslStream(inner, false, ValidateServerCertificate);
        }

        private static bool ValidateServerCertificate(object sender, X509Certificate certificate, X509Chain chain, SslPolicyErrors errors)
        {
            return errors == SslPolicyErrors.None;
        }

        public void WarnAboutTls()
        {
            // ok: tls-verification-disabled
            _logger.LogWarning("ServerCertificateCustomValidationCallback = (a, b, c, d) => true is forbidden");
        }

        public string Token(string sessionId) => _openTok.GenerateToken(sessionId);
    }
}
