using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace RegionalConsole.Tests.Support;

public static class ApiAssertions
{
    /// <summary>Asserts a 400 problem-details answer that names each of the given fields.</summary>
    public static async Task<JsonElement> AssertValidationProblemAsync(HttpResponseMessage response, params string[] fields)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400, got {(int)response.StatusCode}: {body}");
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.MediaType ?? "", StringComparison.Ordinal);
        var problem = JsonDocument.Parse(body).RootElement;
        var errors = problem.GetProperty("errors");
        foreach (var field in fields)
        {
            Assert.True(errors.TryGetProperty(field, out _), $"The problem does not name '{field}': {body}");
        }

        return problem;
    }

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(url, body);

    public static Task<HttpResponseMessage> PutRawAsync(this HttpClient client, string url, string json) =>
        client.PutAsync(url, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
}
