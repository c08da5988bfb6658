#pragma once
// Renders a certificate as a one-page A4 landscape PDF with cairo and pango (real text layout,
// any script the installed fonts cover).

#include <filesystem>
#include <stdexcept>
#include <string>

namespace satchel::server::jobs {

struct CertificateText {
    std::string studentName;
    std::string courseTitle;
    std::string issuedOn;  // YYYY-MM-DD
    std::string code;
    std::string verifyUrl;
};

// Throws std::runtime_error when cairo cannot write the file.
void renderCertificatePdf(const std::filesystem::path& file, const CertificateText& text);

}  // namespace satchel::server::jobs
