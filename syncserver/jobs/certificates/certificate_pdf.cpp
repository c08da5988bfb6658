#include "jobs/certificates/certificate_pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>

namespace satchel::server::jobs {
namespace {

constexpr double kWidth = 842;  // A4 landscape, points
constexpr double kHeight = 595;

// Draws `text` centred horizontally at `y` with a pango font description such as "Serif Bold 30".
void centred(cairo_t* cr, const std::string& text, const char* font, double y) {
    std::unique_ptr<PangoLayout, decltype(&g_object_unref)> layout(pango_cairo_create_layout(cr),
                                                                   g_object_unref);
    std::unique_ptr<PangoFontDescription, decltype(&pango_font_description_free)> desc(
        pango_font_description_from_string(font), pango_font_description_free);
    pango_layout_set_font_description(layout.get(), desc.get());
    pango_layout_set_width(layout.get(), static_cast<int>((kWidth - 120) * PANGO_SCALE));
    pango_layout_set_alignment(layout.get(), PANGO_ALIGN_CENTER);
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_text(layout.get(), text.c_str(), static_cast<int>(text.size()));
    cairo_move_to(cr, 60, y);
    pango_cairo_show_layout(cr, layout.get());
}

}  // namespace

void renderCertificatePdf(const std::filesystem::path& file, const CertificateText& t) {
    std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
        cairo_pdf_surface_create(file.c_str(), kWidth, kHeight), cairo_surface_destroy);
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error("cannot create certificate PDF " + file.string());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE,
                                   ("Certificate " + t.code).c_str());
    std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()),
                                                          cairo_destroy);
    cairo_t* c = cr.get();
    cairo_set_source_rgb(c, 0.12, 0.25, 0.45);
    cairo_set_line_width(c, 6);
    cairo_rectangle(c, 24, 24, kWidth - 48, kHeight - 48);
    cairo_stroke(c);
    cairo_set_line_width(c, 1.5);
    cairo_rectangle(c, 36, 36, kWidth - 72, kHeight - 72);
    cairo_stroke(c);

    cairo_set_source_rgb(c, 0.12, 0.25, 0.45);
    centred(c, "Certificate of Completion", "Serif Bold 34", 80);
    cairo_set_source_rgb(c, 0.15, 0.15, 0.15);
    centred(c, "This certifies that", "Sans 16", 160);
    centred(c, t.studentName, "Serif Bold 30", 195);
    centred(c, "has completed the course", "Sans 16", 260);
    centred(c, t.courseTitle, "Serif Italic 24", 295);
    centred(c, "Issued on " + t.issuedOn, "Sans 14", 380);
    centred(c, "Verification code: " + t.code, "Monospace 13", 450);
    centred(c, "Verify at " + t.verifyUrl, "Sans 10", 478);
    cairo_show_page(c);
    cr.reset();
    cairo_surface_finish(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error("writing certificate PDF " + file.string() + " failed");
}

}  // namespace satchel::server::jobs
