using SecLake.Tests.Support;
using Xunit;

namespace SecLake.Tests.Contract;

/// <summary>
/// The repo carries its own copy of the contract (specs/models, specs/seeds, docs/API-MAPPING.md) so a clone anywhere
/// passes its tests. While the steering folder ../shared sits beside the clone (as in CI), the copies must be
/// byte-identical to it: a change there is taken over here on purpose, never drifts.
/// </summary>
public sealed class ContractCopyTests
{
    public static TheoryData<string, string> Copies()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoFiles.Root, "specs", "models")).Order())
            data.Add(Path.Combine("specs", "models", Path.GetFileName(file)), Path.Combine("models", Path.GetFileName(file)));
        foreach (var file in Directory.GetFiles(Path.Combine(RepoFiles.Root, "specs", "seeds")).Order())
            data.Add(Path.Combine("specs", "seeds", Path.GetFileName(file)), Path.Combine("seeds", Path.GetFileName(file)));
        data.Add(Path.Combine("docs", "API-MAPPING.md"), "API-MAPPING.md");
        return data;
    }

    [Theory]
    [MemberData(nameof(Copies))]
    public void The_repo_copy_is_byte_identical_to_the_shared_original(string repoPath, string sharedPath)
    {
        var original = Path.Combine(RepoFiles.SharedFolder, sharedPath);
        if (!Directory.Exists(RepoFiles.SharedFolder)) return; // a clone elsewhere: the repo copy is the contract
        Assert.True(File.Exists(original), $"{repoPath} has no original at {original}; remove the copy or restore the original.");
        Assert.True(File.ReadAllBytes(original).SequenceEqual(File.ReadAllBytes(Path.Combine(RepoFiles.Root, repoPath))),
            $"{repoPath} differs from {original}: copy the original over it (cp {original} {repoPath}).");
    }

    [Fact]
    public void Every_shared_model_and_document_has_a_repo_copy()
    {
        if (!Directory.Exists(RepoFiles.SharedFolder)) return;
        var missing = Directory.GetFiles(Path.Combine(RepoFiles.SharedFolder, "models"))
            .Select(f => Path.Combine("specs", "models", Path.GetFileName(f)))
            .Concat(Directory.GetFiles(Path.Combine(RepoFiles.SharedFolder, "seeds")).Select(f => Path.Combine("specs", "seeds", Path.GetFileName(f))))
            .Where(p => !File.Exists(Path.Combine(RepoFiles.Root, p)))
            .ToList();
        Assert.True(missing.Count == 0, "Not copied into the repo: " + string.Join(", ", missing));
    }
}
