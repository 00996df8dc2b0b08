// report_writer.cpp — PDF through QPdfWriter into a QBuffer, PNG through
// QSvgRenderer onto a QImage; atomic file writing with QSaveFile.
#include "render/report_writer.h"

#include <QBuffer>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QFontMetricsF>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QXmlStreamReader>

#include <algorithm>
#include <cctype>

namespace gsl::render {

std::optional<ReportFormat> formatForPath(const std::string &path)
{
    size_t dot = path.rfind('.');
    if (dot == std::string::npos || path.find('/', dot) != std::string::npos) return std::nullopt;
    std::string ext = path.substr(dot + 1);
    for (char &c : ext) c = char(std::tolower(static_cast<unsigned char>(c)));
    if (ext == "html" || ext == "htm") return ReportFormat::Html;
    if (ext == "svg") return ReportFormat::Svg;
    if (ext == "pdf") return ReportFormat::Pdf;
    if (ext == "png") return ReportFormat::Png;
    return std::nullopt;
}

namespace {

// Qt Svg 6.4 turns <text> into outlines when painting into a QPdfWriter, so a
// PDF would have no searchable or copyable text (pdftotext finds nothing).
// The PDF path therefore paints each page's graphics through QSvgRenderer with
// the <text> elements removed, then draws the texts itself with
// QPainter::drawText, which embeds real fonts. Our SVG (sim/export/svg.cpp)
// only nests <g transform="translate(dx,dy)"> groups and plain <text> runs.
struct PageText {
    QPointF at;
    QString text, family, fill, anchor;
    double size = 10;
    bool bold = false;
};

QByteArray splitTexts(const std::string &svgPage, std::vector<PageText> &texts)
{
    QXmlStreamReader xml(QByteArray::fromStdString(svgPage));
    std::vector<QPointF> offsets{QPointF(0, 0)};
    static const QRegularExpression translate(QStringLiteral("translate\\(([-0-9.eE]+)[ ,]+([-0-9.eE]+)\\)"));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"g") {
            QPointF d;
            QRegularExpressionMatch m = translate.match(xml.attributes().value(QLatin1String("transform")).toString());
            if (m.hasMatch()) d = QPointF(m.captured(1).toDouble(), m.captured(2).toDouble());
            offsets.push_back(offsets.back() + d);
        } else if (xml.isEndElement() && xml.name() == u"g" && offsets.size() > 1) {
            offsets.pop_back();
        } else if (xml.isStartElement() && xml.name() == u"text") {
            const auto at = xml.attributes();
            PageText t;
            t.at = offsets.back() + QPointF(at.value(QLatin1String("x")).toDouble(), at.value(QLatin1String("y")).toDouble());
            t.family = at.value(QLatin1String("font-family")).toString();
            t.size = at.hasAttribute(QLatin1String("font-size")) ? at.value(QLatin1String("font-size")).toDouble() : 10;
            t.fill = at.value(QLatin1String("fill")).toString();
            t.bold = at.value(QLatin1String("font-weight")) == u"bold";
            t.anchor = at.value(QLatin1String("text-anchor")).toString();
            t.text = xml.readElementText();
            texts.push_back(t);
        }
    }
    static const QRegularExpression textElem(QStringLiteral("<text[^>]*>[^<]*</text>"));
    return QString::fromStdString(svgPage).remove(textElem).toUtf8();
}

void drawTexts(QPainter &painter, const std::vector<PageText> &texts, double sx, double sy)
{
    for (const PageText &t : texts) {
        QFont font(t.family.isEmpty() ? QStringLiteral("DejaVu Sans") : t.family);
        font.setPixelSize(std::max(1, qRound(t.size * sy)));
        font.setBold(t.bold);
        painter.setFont(font);
        painter.setPen(QColor(t.fill.isEmpty() ? QStringLiteral("black") : t.fill));
        QPointF p(t.at.x() * sx, t.at.y() * sy);
        if (t.anchor == u"middle" || t.anchor == u"end") {
            const double w = QFontMetricsF(font, painter.device()).horizontalAdvance(t.text);
            p.rx() -= t.anchor == u"middle" ? w / 2 : w;
        }
        painter.drawText(p, t.text);
    }
}

std::string renderPdf(const exports::ReportDocument &doc, const RenderOptions &opt, QByteArray &out,
                      const ProgressFn &progress)
{
    const std::vector<std::string> pages = exports::paginate(doc, opt.page);
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setTitle(QString::fromStdString(doc.title));
    pdf.setCreator(QStringLiteral("goschedlab"));
    pdf.setResolution(300);
    pdf.setPageLayout(QPageLayout(QPageSize(QSizeF(opt.page.width, opt.page.height), QPageSize::Point),
                                  QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point));
    QPainter painter;
    if (!painter.begin(&pdf)) return "PDF rendering failed";
    for (size_t i = 0; i < pages.size(); ++i) {
        if (progress && !progress(int(i), int(pages.size()))) {
            painter.end();
            return "cancelled";
        }
        if (i > 0) pdf.newPage();
        std::vector<PageText> texts;
        QSvgRenderer svg(splitTexts(pages[i], texts));
        if (!svg.isValid()) {
            painter.end();
            return "PDF rendering failed: page " + std::to_string(i + 1) + " is not valid SVG";
        }
        const QRect r = painter.viewport();
        svg.render(&painter, QRectF(0, 0, r.width(), r.height()));
        const QSizeF box = svg.viewBoxF().size();
        drawTexts(painter, texts, r.width() / std::max(1.0, box.width()), r.height() / std::max(1.0, box.height()));
    }
    painter.end();
    if (progress) progress(int(pages.size()), int(pages.size()));
    return "";
}

std::string renderPng(const exports::ReportDocument &doc, const RenderOptions &opt, QByteArray &out,
                      const ProgressFn &progress)
{
    QSvgRenderer svg(QByteArray::fromStdString(doc.tallSvg()));
    if (!svg.isValid()) return "PNG rendering failed: the report is not valid SVG";
    const QSizeF size = svg.viewBoxF().size();
    double scale = std::min(opt.pngScale, 30000.0 / std::max(1.0, size.height()));
    QImage img(QSize(int(size.width() * scale + 0.5), int(size.height() * scale + 0.5)), QImage::Format_RGB32);
    if (img.isNull()) return "PNG rendering failed: out of memory";
    img.fill(Qt::white);
    if (progress && !progress(0, 1)) return "cancelled";
    {
        QPainter painter(&img);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        svg.render(&painter, QRectF(QPointF(0, 0), QSizeF(img.size())));
    }
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    if (!img.save(&buffer, "PNG")) return "PNG encoding failed";
    if (progress) progress(1, 1);
    return "";
}

} // namespace

std::string renderReport(const exports::ReportDocument &doc, ReportFormat format, const RenderOptions &opt,
                         QByteArray &out, const ProgressFn &progress)
{
    out.clear();
    switch (format) {
    case ReportFormat::Html: out = QByteArray::fromStdString(doc.html); return "";
    case ReportFormat::Svg: out = QByteArray::fromStdString(doc.tallSvg()); return "";
    case ReportFormat::Pdf: return renderPdf(doc, opt, out, progress);
    case ReportFormat::Png: return renderPng(doc, opt, out, progress);
    }
    return "unknown format";
}

std::string writeReport(const exports::ReportDocument &doc, const std::string &path, ReportFormat format,
                        const RenderOptions &opt, const ProgressFn &progress)
{
    QByteArray bytes;
    std::string err = renderReport(doc, format, opt, bytes, progress);
    if (!err.empty()) return "cannot write " + path + ": " + err;
    QSaveFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::WriteOnly)) return "cannot write " + path + ": " + f.errorString().toStdString();
    if (f.write(bytes) != bytes.size()) {
        f.cancelWriting();
        return "cannot write " + path + ": " + f.errorString().toStdString();
    }
    if (!f.commit()) return "cannot write " + path + ": " + f.errorString().toStdString();
    return "";
}

} // namespace gsl::render
