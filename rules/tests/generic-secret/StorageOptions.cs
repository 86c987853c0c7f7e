using System;

namespace Clinic.Storage
{
    public class StorageOptions
    {
        // ruleid: generic-secret
        public string AccountKey { get; set; } = "NpYOG4heWiNnehx1Jg4jIrDaIqhw";

        // ruleid: generic-secret
        private const string SmtpPassword = "FtogS&I2RKL28X0@mZT?";

        // ok: generic-secret
        private const string SmtpPasswordEnv = "CLINIC_SMTP_PASSWORD";

        // ok: generic-secret
        public string TokenEndpoint { get; set; } = "https://login.example.com/oauth2/v2.0/token";

        // ok: generic-secret
        private readonly string _apiKey = Environment.GetEnvironmentVariable("CLINIC_API_KEY");

        // ok: generic-secret
        private const string ClientSecret = "TODO";
    }
}
