using RegionalConsole.Auth;

namespace RegionalConsole.Features.Announcements;

/// <summary>Downloading a shared file: a plain authorised GET, answering 404 outside the file's audience.</summary>
public static class SharedFileEndpoints
{
    public static IEndpointRouteBuilder MapSharedFileEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/files/{id:int}", async (int id, HttpContext http, SharedFileService files, CancellationToken ct) =>
        {
            if (ConsoleUser.From(http.User) is not { } user)
            {
                return Results.Forbid();
            }

            return await files.DownloadAsync(user, id, ct) is { } file
                ? Results.File(file.Content, file.ContentType, file.FileName)
                : Results.NotFound();
        })
        .RequireAuthorization(ConsolePolicies.Staff)
        .ExcludeFromDescription();
        return app;
    }
}
