using System.Globalization;

namespace RegionalConsole.Data.Seeding;

/// <summary>Size of the demo data set: Demo:Courses, Demo:Institutions, Demo:Teachers, Demo:RandomSeed.</summary>
public sealed record DemoOptions(int Courses = 20_000, int Institutions = 2_000, int Teachers = 5_000, int RandomSeed = 115)
{
    public static DemoOptions From(IConfiguration config) => new(
        config.GetValue("Demo:Courses", 20_000),
        config.GetValue("Demo:Institutions", 2_000),
        config.GetValue("Demo:Teachers", 5_000),
        config.GetValue("Demo:RandomSeed", 115));

    /// <summary>Command-line form: seed --courses 1000000 [--institutions N] [--teachers N] [--random-seed N].</summary>
    public static DemoOptions FromArgs(IReadOnlyList<string> args)
    {
        var options = new DemoOptions();
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--courses" => options with { Courses = value },
                "--institutions" => options with { Institutions = value },
                "--teachers" => options with { Teachers = value },
                "--random-seed" => options with { RandomSeed = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}; use --courses, --institutions, --teachers, --random-seed."),
            };
        }

        return options;
    }
}
