// libFuzzer target for the ebpf.d.conf model (backend/config): any bytes must
// parse without a crash, a sanitizer report or a hang, and the properties the
// settings editor relies on must hold for every input:
//   - lossless: an unchanged document is written back byte for byte;
//   - an edit that is accepted reads back as the value written, changes only
//     its own line (or adds one), and leaves every other line's bytes alone;
//   - validation and precedence resolution terminate on whatever was parsed,
//     and every diagnostic points at a line that exists.
// The value parsers (simple patterns, port lists, IP lists) are fed each
// entry's value too, since those are what the editor's pattern tester runs.
#include "config/config_validator.h"
#include "config/connection_filter.h"
#include "config/effective_config.h"
#include "config/ini_document.h"
#include "config/ip_list.h"
#include "config/option_schema.h"
#include "config/port_list.h"
#include "config/simple_pattern.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace kinsight::config;
using namespace Qt::StringLiterals;

namespace {

// A fixed table: the system one would make results depend on the machine and
// spend the fuzzer's time in NSS.
const ServiceDirectory &services()
{
    static const ServiceDirectory directory = ServiceDirectory::fromServicesText(
        "ssh 22/tcp\ndomain 53/tcp\ndomain 53/udp\nhttp 80/tcp www\nhttps 443/tcp\nsyslog 514/udp\n"
        "shell 514/tcp cmd\nmysql 3306/tcp\n");
    return directory;
}

const ConfigValidator &validator()
{
    static const ConfigValidator instance(services());
    return instance;
}

[[noreturn]] void fail(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "fuzz_config_parser: property violated: %s\n%s\n", what, detail.constData());
    std::abort();
}

// The role is chosen from the input so that each module's schema gets inputs.
FileRole roleFor(const uint8_t *data, size_t size)
{
    const QList<ModuleSpec> &modules = OptionSchema::instance().modules();
    const size_t pick = size == 0 ? 0 : (data[0] ^ data[size - 1]) % size_t(modules.size() + 1);
    return pick == size_t(modules.size()) ? FileRole::main() : FileRole::forModule(modules.at(qsizetype(pick)).id);
}

void checkEdit(const IniDocument &document, const QString &section, const QString &key, const QString &value)
{
    const IniDocument::Edit edit = document.withValue(section, key, value);
    if (!edit.ok()) {
        if (edit.document.toBytes() != document.toBytes())
            fail("a refused edit changed the document");
        return;
    }
    const QByteArray written = edit.document.toBytes();
    const IniDocument reread = IniDocument::parse(written);
    if (reread.toBytes() != written)
        fail("an edited document does not round-trip", written);
    const std::optional<QString> readBack = reread.value(section, key);
    if (!readBack || *readBack != value.trimmed())
        fail("an edit does not read back as the value written", written);

    // Every line but the edited (or added) one keeps its bytes, in order.
    const QList<IniLine> &before = document.lines();
    const QList<IniLine> &after = reread.lines();
    const qsizetype added = after.size() - before.size();
    if (edit.change == IniDocument::Change::Replaced) {
        if (added != 0)
            fail("a replaced value changed the number of lines", written);
        int differing = 0;
        for (qsizetype i = 0; i < before.size(); ++i)
            if (before.at(i).raw != after.at(i).raw)
                ++differing;
        if (differing > 1)  // 0 when the value written was already there
            fail("a replaced value changed other lines too", written);
    } else if (edit.change == IniDocument::Change::Added) {
        if (added != 1)
            fail("an added key is not exactly one new line", written);
    } else if (edit.change == IniDocument::Change::AddedWithSection) {
        if (added < 1 || added > 3)  // [section], the key, and a blank line before them at most
            fail("an added section is not a few lines at the end", written);
    }
}

void exerciseValueParsers(const QString &value)
{
    const SimplePattern pattern = SimplePattern::parse(value);
    pattern.decide(u"bash"_s);
    const PortList ports = PortList::parse(value, services());
    ports.decide(quint16(22));
    ports.decide(u"ssh"_s);
    const IpList ips = IpList::parse(value);
    ips.decide(u"10.1.2.3"_s);
    ips.decide(u"fe80::1"_s);
    IpAddress::parse(value);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)  // the helper refuses files over 256 KiB; smaller inputs explore the same code
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const IniDocument document = IniDocument::parse(bytes);
    if (document.toBytes() != bytes)
        fail("parse -> toBytes is not byte for byte", bytes.toPercentEncoding());

    const FileRole role = roleFor(data, size);
    const QList<Diagnostic> diagnostics = validator().validate(document, role, u"fuzz.conf"_s);
    for (const Diagnostic &d : diagnostics) {
        if (d.line < 0 || d.line > document.lines().size() + 1)
            fail("a diagnostic points past the end of the file", d.toString().toUtf8());
        d.toString();
    }

    // Precedence, as ebpf.d.conf or as the module file. It resolves every
    // option of every module, by far the dearest step: one input in eight.
    if (size % 8 == 0) {
        SettingsFile file{u"fuzz.conf"_s, role, SourceTree::Kinsight, document};
        if (role.kind == FileRole::Kind::Main)
            EffectiveConfig::resolve(file, {}, DefaultSet::Kinsight, validator());
        else
            EffectiveConfig::resolve(std::nullopt, {file}, DefaultSet::Netdata, validator());
    }

    // Edits and value parsers on a bounded number of entries (the cost per input stays flat).
    int entries = 0;
    for (const IniLine &line : document.lines()) {
        if (line.kind != IniLine::Kind::Entry)
            continue;
        exerciseValueParsers(line.value);
        if (entries++ < 2) {
            checkEdit(document, line.section, line.key, u" edited value "_s);
            checkEdit(document, line.section, line.key, line.value);
            validator().checkEntry(role, line.section, line.key, line.value);
        }
    }
    // A key and a section the document does not have.
    checkEdit(document, u"global"_s, u"fuzz added key"_s, u"yes"_s);
    checkEdit(document, u"fuzz section"_s, u"key"_s, u"1"_s);
    if (!document.lines().isEmpty()) {
        const IniLine &last = document.lines().constLast();
        if (!last.section.isEmpty())
            checkEdit(document, last.section, u"fuzz tail key"_s, u"no"_s);
    }
    return 0;
}
