using System;
using OpenTokSDK;

namespace Clinic.Video
{
    public static class VideoKeys
    {
        // ruleid: vonage-private-key
        public const string PrivateKey = @"-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgrGEmU7RyLID+oahh
Cj/3RooibEsF+WMbR6TejsFZdSWhRANCAAT5j3LNjddCXRoKYzkfIZ7zL6gt4oWJ
NdsdsmYe6rf0XWjiPh8hVl3k3p28N1Ttd/5EkBHnJxX1dHI53C64fdSd
-----END PRIVATE KEY-----";

        // ruleid: vonage-private-key
        public const string LegacyKey = "-----BEGIN RSA PRIVATE KEY-----\nMIICXAIBAAKBgQD0tv6D9nIXOI91iGpE6ctVysBiqOmwZ0TpwJ6gd/Vci2EKh1b3\ndlgLWeJTzbAwgXZYaYh9YEchLH4iO517wpoyqgwTt5vA3SIiS0lNkGyAnLZjdR9E\nIpF5d7Zs9+8ZuJQL923y2g1TgFbclwl7HGBk2PnRgQHvRcWLkisJdIPwEwIDAQAB\nAoGASbtBID2GzpxKDR2W90CB9U1rfc5q6q2Sw+M3aB38nW+ZQ3TXrSPJD1J7sMhO\nh67aG3VgnHX/uG0Ra/sOThWqI3bo0fDJkJOUdlk6lZsdRkSzmKF24BT7aUvfaOh+\nXDJoTtPN4jXxW83ddN2/UH4Pb/4KGumoeJoFHc5+HBZ4ejECQQD7GgLosbn7tjKU\nOFGq8ge1ftbvnbo4yLJxg0tlDrlUedhO4P3oekNsM5mGYequ5u5alnQ+oVKtE+d8\nXbyxXryXAkEA+X0WagD05Y6NjP82KdeyNQ76bAzCT7FpWdaoOdGdIihX2rBMWoQU\nNiQBIx0mg7kD0K+9WznEKIBgpesIgkNL5QJAOQ3Y+VxgoOPuLCV70Pa7b67JUZqq\nFHrtqMMnX2fwDlS9JHcU2jzlkvFKgfE/rMwF/olPEmf/bBoor+ZwmHCpMwJBAKo4\nCBTm9i+xJS6v6Zp+yd2djIov4ltRJhnfdQON2nG1qMtSQaX4O3n88rGsb9yrXMkD\nPmSBcy5W+Jn7U+DcXWkCQCZ0L+ntGglOkDBcgpzI2k8Dn5rWxqSofZzG1qhVFu9n\nsYIWyIlQ598Rr4xG2Lsv+MSRNMUyXHhGAQpNSq1ywkE=\n-----END RSA PRIVATE KEY-----\n";

        // ok: vonage-private-key
        public const string PrivateKeyPath = "App_Data/private.key";

        // ok: vonage-private-key
        public const string Placeholder = "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----";

        // ok: vonage-private-key
        public static readonly string FromEnvironment = Environment.GetEnvironmentVariable("VONAGE_PRIVATE_KEY");
    }
}
