using System.Net;

namespace RegionalConsole.Tests.Web.Matrix;

/// <summary>Form posts need the antiforgery token: another site cannot post in a signed-in person's name.</summary>
public sealed class FormPostTests(MatrixApp app) : IClassFixture<MatrixApp>
{
    [Fact]
    public async Task SigningOutWithoutTheTokenIsRefusedAndTheSessionLives()
    {
        using var client = await app.SignedInAsync(MatrixApp.Administrator);

        var response = await client.PostAsync("/authentication/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/profile")).StatusCode);
    }

    [Theory]
    [InlineData("/profile")]
    [InlineData("/admin/terms")]
    [InlineData("/calendar")]
    public async Task APagePostWithoutTheTokenIsRefused(string page)
    {
        using var client = await app.SignedInAsync(MatrixApp.Administrator);

        var response = await client.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "any" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
