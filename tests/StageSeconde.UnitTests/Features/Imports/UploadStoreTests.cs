using Microsoft.Extensions.Time.Testing;
using StageSeconde.Web.Domain;
using StageSeconde.Web.Infrastructure.Imports;

namespace StageSeconde.UnitTests.Features.Imports;

public sealed class UploadStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "stageseconde-uploads-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 9, 15, 8, 0, 0, TimeSpan.Zero));

    private UploadInfo Info => new(1, "secretariat@lycee.fr", ImportKind.SiecleStudents, "ElevesSansAdresses.xml", _clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Keeps_a_file_under_a_random_name_until_deleted()
    {
        var store = new UploadStore(_folder, _clock);

        var saved = await store.SaveAsync(new MemoryStream([1, 2, 3]), Info, CancellationToken.None);
        var found = store.Find(saved.Token);

        Assert.Matches("^[0-9a-f]{32}$", saved.Token);
        Assert.Equal(Info, found!.Info);
        Assert.Equal([1, 2, 3], await File.ReadAllBytesAsync(found.FilePath));
        store.Delete(saved.Token);
        Assert.Null(store.Find(saved.Token));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_folder, "imports")));
    }

    [Fact]
    public async Task An_upload_is_claimed_by_one_confirmation_only_and_can_be_released()
    {
        var store = new UploadStore(_folder, _clock);
        var saved = await store.SaveAsync(new MemoryStream([7, 8]), Info, CancellationToken.None);

        var first = store.Claim(saved);
        var second = store.Claim(saved);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Equal([7, 8], await File.ReadAllBytesAsync(first.FilePath));
        Assert.Null(store.Find(saved.Token));
        store.Release(first);
        Assert.NotNull(store.Claim(store.Find(saved.Token)!));
        store.Delete(saved.Token);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_folder, "imports")));
    }

    [Fact]
    public async Task Forgets_a_file_after_24_hours()
    {
        var store = new UploadStore(_folder, _clock);
        var saved = await store.SaveAsync(new MemoryStream([1]), Info, CancellationToken.None);

        _clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));

        Assert.Null(store.Find(saved.Token));
        Assert.False(File.Exists(saved.FilePath));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("ABCDEF0123456789ABCDEF0123456789")]
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_a_token_that_is_not_one_of_its_own(string? token) =>
        Assert.Null(new UploadStore(_folder, _clock).Find(token));

    [Fact]
    public async Task Refuses_a_stream_over_20_mb_and_keeps_nothing()
    {
        var store = new UploadStore(_folder, _clock);

        var e = await Assert.ThrowsAsync<ImportFormatException>(() => store.SaveAsync(new MemoryStream(new byte[ImportFiles.MaxUploadBytes + 1]), Info, CancellationToken.None));

        Assert.StartsWith("Le fichier dépasse la taille maximale de 20 Mo", e.Message);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_folder, "imports")));
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (DirectoryNotFoundException) { }
    }
}
