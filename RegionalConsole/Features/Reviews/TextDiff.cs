using DiffPlex;
using DiffPlex.Chunkers;

namespace RegionalConsole.Features.Reviews;

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

public sealed record DiffPiece(string Text, DiffKind Kind);

/// <summary>
/// Text differences for the review screen's diff, by DiffPlex: by character for prose (Chinese has no spaces
/// between words, so a word diff would mark whole sentences) and by line for schedules.
/// </summary>
public static class TextDiff
{
    /// <summary>Runs of unchanged, removed and added characters, adjacent runs of one kind joined.</summary>
    public static IReadOnlyList<DiffPiece> Characters(string? before, string? after)
    {
        var pieces = new List<DiffPiece>();
        foreach (var piece in Pieces(before, after, CharacterChunker.Instance))
        {
            if (pieces.Count > 0 && pieces[^1].Kind == piece.Kind)
            {
                pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + piece.Text };
            }
            else
            {
                pieces.Add(piece);
            }
        }

        return pieces;
    }

    /// <summary>One piece per line: kept, removed or added.</summary>
    public static IReadOnlyList<DiffPiece> Lines(IEnumerable<string> before, IEnumerable<string> after) =>
        [.. Pieces(string.Join('\n', before), string.Join('\n', after), LineChunker.Instance)];

    private static IEnumerable<DiffPiece> Pieces(string? before, string? after, IChunker chunker)
    {
        var result = Differ.Instance.CreateDiffs(before ?? "", after ?? "", ignoreWhiteSpace: false, ignoreCase: false, chunker);
        var old = result.PiecesOld;
        var @new = result.PiecesNew;
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; a < block.DeleteStartA; a++)
            {
                yield return new DiffPiece(old[a], DiffKind.Same);
            }

            for (var k = 0; k < block.DeleteCountA; k++)
            {
                yield return new DiffPiece(old[a++], DiffKind.Removed);
            }

            for (var k = 0; k < block.InsertCountB; k++)
            {
                yield return new DiffPiece(@new[block.InsertStartB + k], DiffKind.Added);
            }
        }

        for (; a < old.Count; a++)
        {
            yield return new DiffPiece(old[a], DiffKind.Same);
        }
    }
}
