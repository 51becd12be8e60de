using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace RegionalConsole.Tests.Support;

/// <summary>A self-signed certificate for localhost, made per test run: real TLS on loopback without a CA.</summary>
public static class LoopbackCertificate
{
    public static X509Certificate2 Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(2));
        // Kestrel on Linux needs the private key in a form it can hand to OpenSSL: round-trip through PKCS #12.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    /// <summary>A handler that trusts exactly this certificate (the console's back channel to the test provider).</summary>
    public static HttpClientHandler TrustOnly(X509Certificate2 certificate) => new()
    {
        ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == certificate.Thumbprint,
    };
}
