"""A line with no place to split (hostile input, a dump) is segmented in pieces: razdel's cost grows with the
square of such a line. Real paragraphs are split exactly as before."""
import pytest

from bellink.ingest.segment.sentences import LINE_PIECE, MAX_SENTENCE, _pieces, split_sentences


def test_pieces_cover_the_line_without_gaps_or_overlap():
    line = ("word " * 40_000) + "end. And more " + ("text " * 30_000)
    pieces = list(_pieces(line, 100))
    assert len(pieces) > 1
    assert "".join(p for _, p in pieces) == line
    pos = 100
    for offset, piece in pieces:
        assert offset == pos and len(piece) <= LINE_PIECE
        pos += len(piece)


def test_a_piece_ends_after_a_full_stop_when_the_line_has_one():
    line = ("word " * 6_000) + "The battery arrived. " + ("word " * 20_000)
    first = next(iter(_pieces(line, 0)))[1]
    assert first.endswith("arrived. ")


@pytest.mark.parametrize("n", [1, 3])
def test_a_huge_unpunctuated_line_gives_bounded_sentences_that_tile_it(n):
    text = "Minsk " + "the ministry said Belarus would receive new systems from Russia " * (n * 2_000)
    sentences = split_sentences(text)
    assert all(s.stop - s.start <= MAX_SENTENCE for s in sentences)
    assert sentences[0].start == 0 and sentences[-1].stop == len(text.rstrip()) or sentences[-1].stop == len(text)


def test_ordinary_paragraphs_split_as_before():
    text = ("Belarus received four Tor-M2K systems on Monday. The ministry said more would follow. "
            "«Комплексы поступили», – сказал министр. Gen. Lt. Andrei Ravkov agreed.\n\nA second paragraph.")
    got = [s.text for s in split_sentences(text)]
    assert got == ["Belarus received four Tor-M2K systems on Monday.", "The ministry said more would follow.",
                   "«Комплексы поступили», – сказал министр.", "Gen. Lt. Andrei Ravkov agreed.", "A second paragraph."]
