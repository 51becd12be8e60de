using RegionalConsole.Tests.Support;

namespace RegionalConsole.Tests.Browser;

/// <summary>The console on a real Kestrel port (HTTP and the SignalR circuit), for a browser test class.</summary>
public sealed class ConsoleServerFixture : IAsyncLifetime
{
    public ConsoleAppFactory App { get; } = new(kestrel: true);

    public Uri BaseAddress { get; private set; } = default!;

    public ValueTask InitializeAsync()
    {
        App.StartServer();
        BaseAddress = App.ServerAddress;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
