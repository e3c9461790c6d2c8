// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace pivori {

/// A YAML file as lines, edited one key at a time so that everything else (comments, order,
/// quoting, keys nobody asked about) stays byte for byte. It understands the block style a
/// person writes (maps, sequences of one-line items, one-line flow collections) and refuses,
/// with a message naming the line, whatever it cannot edit safely: anchors, aliases, tags,
/// multi-line flow collections. A refusal leaves the text as it was.
///
/// Not a YAML parser: the caller re-reads the result with the real loader before using it.
class YamlLines final
{
    Q_DECLARE_TR_FUNCTIONS(pivori::YamlLines)

public:
    /// The lines of one block map whose keys sit at `column`: [first, end), 0-based.
    /// `first` may be a sequence item's "- key: value" line, whose key starts at `column`.
    struct MapRange
    {
        int first = 0;
        int end = 0;
        int column = 0;
    };
    using Pairs = QList<std::pair<QString, QString>>; ///< key, scalar text ("" = remove the key)

    explicit YamlLines(const QByteArray &text);
    QByteArray text() const;

    /// The whole document as the top-level map.
    MapRange document() const { return { 0, int(m_lines.size()), 0 }; }
    /// The first item of the block sequence under @p key, as a map; nullopt if @p key is absent.
    /// Sets @p error when the section exists but cannot be edited safely.
    std::optional<MapRange> firstSequenceMap(const MapRange &map, const QString &key, QString *error) const;
    /// How many items the block sequence under @p key has (0 when absent).
    int sequenceLength(const MapRange &map, const QString &key) const;

    /// Sets a scalar (@p value already YAML-formatted, see scalar()); an empty one removes the key.
    bool setScalar(const MapRange &map, const QString &key, const QString &value, QString *error);
    /// Sets a sequence of scalars (plain text; formatted here).
    bool setSequence(const MapRange &map, const QString &key, const QStringList &items, QString *error);
    /// Sets a nested map's keys; keys given with an empty value are removed, others untouched.
    /// Empty @p pairs after removals (every value empty) removes the whole key.
    bool setMap(const MapRange &map, const QString &key, const Pairs &pairs, QString *error);
    /// Removes the key and its value.
    bool removeKey(const MapRange &map, const QString &key, QString *error);
    /// Appends lines at the end of the file (a new top-level section).
    void appendSection(const QStringList &lines);
    /// Removes a top-level key and its whole value.
    bool removeTopLevel(const QString &key, QString *error);

    /// @p value as a YAML scalar: plain when that reads back as the same text, else double-quoted.
    static QString scalar(const QString &value, bool inFlow = false);

private:
    struct KeyLine
    {
        int line = -1; ///< where "key:" is
        int keyColumn = 0;
        int valueColumn = 0; ///< just after "key:"
        int valueEnd = 0; ///< one past the last line of its value (block children included)
        QString inlineValue; ///< after the colon, comment and spaces removed
    };

    std::optional<KeyLine> findKey(const MapRange &map, const QString &key) const;
    /// One past the last content line of the block that begins at @p line with indent @p indent.
    int blockEnd(int line, int indent, int limit) const;
    /// Where the map's own content ends (trailing blank and comment lines excluded).
    int contentEnd(const MapRange &map) const;
    /// Refuses anchors, aliases, tags and merge keys in [first, end).
    bool checkPlain(int first, int end, QString *error) const;
    /// Replaces the value after "key:" on its line, keeping a trailing comment.
    void replaceInline(const KeyLine &key, const QString &value);
    QString lineRef(int line) const;

    QStringList m_lines;
    QString m_eol = QStringLiteral("\n");
    bool m_finalNewline = true;
};

} // namespace pivori
