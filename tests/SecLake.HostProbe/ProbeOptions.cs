namespace SecLake.HostProbe;

/// <summary>The probe's command line.</summary>
public sealed record ProbeOptions(string ModulePath, string? Endpoint, string AccessKey, string SecretKey, IReadOnlyList<string> Steps)
{
    public static ProbeOptions? Parse(string[] args)
    {
        string? module = null, endpoint = null, accessKey = "AKIAIOSFODNN7EXAMPLE", secretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        var steps = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException(args[i] + " needs a value");
            switch (args[i])
            {
                case "--module": module = Next(); break;
                case "--endpoint": endpoint = Next(); break;
                case "--access-key": accessKey = Next(); break;
                case "--secret-key": secretKey = Next(); break;
                default: steps.Add(args[i]); break;
            }
        }
        return module is null || steps.Count == 0 ? null : new ProbeOptions(module, endpoint, accessKey, secretKey, steps);
    }
}
