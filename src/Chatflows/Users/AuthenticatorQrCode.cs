using QRCoder;

namespace Chatflows.Users;

/// <summary>The enrolment QR code, drawn on the server as a PNG data address (the admin's CSP allows <c>data:</c> images; no script, no outside service sees the key).</summary>
public static class AuthenticatorQrCode
{
    public static string DataUri(string otpauthUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpauthUri, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return $"data:image/png;base64,{Convert.ToBase64String(png)}";
    }

    /// <summary>The key in groups of four, easier to type by hand.</summary>
    public static string Readable(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
}
