// SPDX-License-Identifier: GPL-3.0-or-later
// The per-point helpers of the XML readers: numbers read exactly as QString::toDouble reads
// them, and element text gathered without a new string per element.

#include "core/io/import/xml_support.h"

#include <gtest/gtest.h>

#include <QStringList>

namespace stridelog {
namespace {

TEST(XmlNumbers, AgreeWithQStringToDoubleBitForBit) {
    const QStringList texts = {QStringLiteral("47.0000090"),
                               QStringLiteral("-73.9600"),
                               QStringLiteral("8"),
                               QStringLiteral("101.289987711843"),
                               QStringLiteral("0.1"),
                               QStringLiteral("-0"),
                               QStringLiteral("+12.5"),
                               QStringLiteral("1e3"),
                               QStringLiteral("2.5E-3"),
                               QStringLiteral(".5"),
                               QStringLiteral("5."),
                               QStringLiteral("  140\n "),
                               QStringLiteral("52.520008392333984375000000000000"),
                               QStringLiteral("13.404954433441162109375000000000"),
                               QStringLiteral("1.7976931348623157e308"),
                               QStringLiteral("4.9e-324")};
    for (const QString& text : texts) {
        bool ok = false;
        const double qt = text.toDouble(&ok);
        ASSERT_TRUE(ok) << text.toStdString();
        const auto ours = xml::toNumber(text);
        ASSERT_TRUE(ours) << text.toStdString();
        EXPECT_EQ(*ours, qt) << text.toStdString();
    }
}

TEST(XmlNumbers, TextThatIsNotAFiniteNumberIsRefused) {
    for (const char* text : {"", " ", "abc", "1,5", "12abc", "0x1A", "+-1", "++1", "--1", "nan",
                             "inf", "-infinity", "1e400", "٣", "1 2"})
        EXPECT_FALSE(xml::toNumber(QString::fromUtf8(text))) << text;
}

TEST(XmlText, GathersTheElementsOwnTextAcrossEntitiesAndCdata) {
    QXmlStreamReader reader(QByteArrayLiteral(
        "<a><name>Run &amp; <![CDATA[walk]]><skip>not this</skip> home</name><b>2</b></a>"));
    QString buffer;
    ASSERT_TRUE(reader.readNextStartElement());  // <a>
    ASSERT_TRUE(reader.readNextStartElement());  // <name>
    EXPECT_EQ(xml::readElementText(reader, buffer), QStringLiteral("Run & walk home"));
    EXPECT_TRUE(reader.isEndElement());
    EXPECT_EQ(reader.name(), QLatin1String("name"));
    ASSERT_TRUE(reader.readNextStartElement());  // <b>
    EXPECT_EQ(xml::readElementText(reader, buffer), QStringLiteral("2"));
    EXPECT_FALSE(reader.hasError());
}

}  // namespace
}  // namespace stridelog
