namespace StageSeconde.Web.Infrastructure.Imports;

/// <summary>
/// A read-only stream that first replays bytes already peeked, then reads <c>inner</c>, and refuses to deliver more than
/// <c>limit</c> bytes in all: the size of a decompressed entry is counted as it is read, never taken from the zip header.
/// Disposing it disposes the inner stream and its owner (the zip archive).
/// </summary>
internal sealed class GuardedStream(byte[] prefix, Stream inner, long limit, string tooLargeMessage, IDisposable? owner = null) : Stream
{
    private int _prefixPosition;
    private long _delivered;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _delivered; set => throw new NotSupportedException(); }

    /// <summary>Copies the not yet delivered peeked bytes into <paramref name="buffer"/> without consuming them.</summary>
    public int PeekPrefix(Span<byte> buffer)
    {
        var available = Math.Min(buffer.Length, prefix.Length - _prefixPosition);
        prefix.AsSpan(_prefixPosition, available).CopyTo(buffer);
        return available;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty) return 0;
        int read;
        if (_prefixPosition < prefix.Length)
        {
            read = Math.Min(buffer.Length, prefix.Length - _prefixPosition);
            prefix.AsSpan(_prefixPosition, read).CopyTo(buffer);
            _prefixPosition += read;
        }
        else
        {
            read = inner.Read(buffer);
        }
        _delivered += read;
        if (_delivered > limit) throw new ImportFormatException(tooLargeMessage);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            owner?.Dispose();
        }
        base.Dispose(disposing);
    }
}
