// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A read-only QIODevice that passes an XML file through unchanged but refuses what would make
// a reader hold too much. QXmlStreamReader keeps a whole text node in memory before it reports
// it, and one entry per open element: a GPX holding gigabytes of text in one element, or
// millions of nested elements (both pack into a small .gpx.gz), would take gigabytes. So this
// refuses one text longer than a limit, counted across comments and CDATA (a name split by
// comments into many pieces is read as one text), and elements nested deeper than a limit.
// Tags are followed byte by byte (quotes, comments, CDATA), text by memchr.

#include <QIODevice>
#include <QString>

namespace stridelog {

// 4 MB: far more than any name, description or coordinate list a watch writes, and little
// enough that the reader's copy of it (twice as large, in UTF-16) stays small.
inline constexpr qint64 kMaxXmlTextBytes = 4 * 1024 * 1024;
// 64 levels: a TCX with extensions nests about 10 deep.
inline constexpr int kMaxXmlDepth = 64;

class XmlTextLimitDevice final : public QIODevice {
public:
    explicit XmlTextLimitDevice(QIODevice& source, qint64 limit = kMaxXmlTextBytes,
                                int maxDepth = kMaxXmlDepth);

    bool isSequential() const override { return true; }
    bool failed() const { return failed_; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    // Where the scan is: in text, just after `<`, inside a start tag (and its quotes), an end
    // tag, a processing instruction, a comment, CDATA or another `<!` declaration.
    enum class State { Text, Open, StartTag, Quoted, EndTag, Instruction, Bang, Comment, Cdata };

    bool scan(const char* data, qint64 size);
    bool fail(const QString& message);

    QIODevice& source_;
    qint64 limit_;
    int maxDepth_;
    State state_ = State::Text;
    char quote_ = 0;
    char previous_ = 0;        // the byte before, inside markup
    char beforePrevious_ = 0;  // and the one before it (`-->`, `]]>`)
    int bangBytes_ = 0;        // bytes after `<!`, to tell a comment and CDATA apart
    qint64 run_ = 0;           // bytes of text (comments and CDATA included) since a tag
    int depth_ = 0;
    bool failed_ = false;
};

}  // namespace stridelog
