#include "btf.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace kinsight::diagnostics {

namespace {

constexpr quint16 btfMagic = 0xeb9f;
constexpr qsizetype btfHeaderSize = 24;
constexpr qsizetype btfTypeSize = 12;

enum BtfKind : quint32 {
    KindUnknown = 0, KindInt, KindPtr, KindArray, KindStruct, KindUnion, KindEnum, KindFwd, KindTypedef,
    KindVolatile, KindConst, KindRestrict, KindFunc, KindFuncProto, KindVar, KindDatasec, KindFloat,
    KindDeclTag, KindTypeTag, KindEnum64,
};

template <typename T>
T readAt(const QByteArray &data, qsizetype offset)
{
    T value;
    std::memcpy(&value, data.constData() + offset, sizeof value);
    return value;
}

// Bytes that follow the common 12-byte type record, or -1 for an unknown kind.
qsizetype trailingBytes(quint32 kind, quint32 vlen)
{
    switch (kind) {
    case KindInt: case KindVar: case KindDeclTag: return 4;
    case KindArray: return 12;
    case KindStruct: case KindUnion: case KindDatasec: case KindEnum64: return qsizetype(vlen) * 12;
    case KindEnum: case KindFuncProto: return qsizetype(vlen) * 8;
    case KindPtr: case KindFwd: case KindTypedef: case KindVolatile: case KindConst: case KindRestrict:
    case KindFunc: case KindFloat: case KindTypeTag: return 0;
    default: return -1;
    }
}

}  // namespace

BtfSummary parseBtf(const QByteArray &data)
{
    BtfSummary summary;
    if (data.size() < btfHeaderSize) {
        summary.error = u"only %1 bytes, shorter than a BTF header"_s.arg(data.size());
        return summary;
    }
    const quint16 magic = readAt<quint16>(data, 0);
    if (magic != btfMagic) {
        summary.error = magic == 0x9feb ? u"BTF of the other byte order"_s
                                        : u"bad magic 0x%1 (expected 0xeb9f)"_s.arg(uint(magic), 4, 16, QChar(u'0'));
        return summary;
    }
    summary.version = quint8(data[2]);
    const quint32 headerLength = readAt<quint32>(data, 4);
    const quint32 typeOffset = readAt<quint32>(data, 8);
    const quint32 typeLength = readAt<quint32>(data, 12);
    const quint32 stringOffset = readAt<quint32>(data, 16);
    const quint32 stringLength = readAt<quint32>(data, 20);
    if (summary.version != 1) {
        summary.error = u"BTF version %1 (this check reads version 1)"_s.arg(summary.version);
        summary.newerFormat = summary.version > 1;
        return summary;
    }
    const qint64 typesBegin = qint64(headerLength) + typeOffset;
    const qint64 typesEnd = typesBegin + typeLength;
    const qint64 stringsBegin = qint64(headerLength) + stringOffset;
    const qint64 stringsEnd = stringsBegin + stringLength;
    if (headerLength < btfHeaderSize || typesEnd > data.size() || stringsEnd > data.size()) {
        summary.error = u"sections run past the end of the data (%1 bytes): truncated?"_s.arg(data.size());
        return summary;
    }
    if (stringLength == 0 || data[stringsEnd - 1] != '\0') {
        summary.error = u"string section is not NUL-terminated"_s;
        return summary;
    }

    auto nameAt = [&](quint32 nameOffset) -> QByteArrayView {
        if (nameOffset >= stringLength)
            return {};
        const char *begin = data.constData() + stringsBegin + nameOffset;
        return QByteArrayView(begin, qsizetype(std::strlen(begin)));
    };

    qint64 offset = typesBegin;
    while (offset < typesEnd) {
        if (offset + btfTypeSize > typesEnd) {
            summary.error = u"type #%1 is cut off at the end of the type section"_s.arg(summary.typeCount + 1);
            return summary;
        }
        const quint32 nameOffset = readAt<quint32>(data, offset);
        const quint32 info = readAt<quint32>(data, offset + 4);
        const quint32 kind = (info >> 24) & 0x1f;
        const qsizetype extra = trailingBytes(kind, info & 0xffff);
        if (extra < 0) {
            summary.error = u"type #%1 has kind %2, unknown to this check"_s.arg(summary.typeCount + 1).arg(kind);
            summary.newerFormat = kind > KindEnum64;
            return summary;
        }
        if (nameOffset >= stringLength) {
            summary.error = u"type #%1 names string offset %2, outside the string section"_s
                                .arg(summary.typeCount + 1).arg(nameOffset);
            return summary;
        }
        const QByteArrayView name = nameAt(nameOffset);
        if (kind == KindFunc)
            ++summary.functionCount;
        else if (kind == KindTypedef && name.startsWith("btf_trace_"))
            ++summary.btfTracepointCount;
        else if (kind == KindStruct && name == "task_struct")
            summary.hasTaskStruct = true;
        ++summary.typeCount;
        offset += btfTypeSize + extra;
    }
    if (offset != typesEnd) {
        summary.error = u"the last type runs past the type section"_s;
        return summary;
    }
    summary.valid = true;
    return summary;
}

Check btfCheck(const SystemSnapshot &snapshot)
{
    Check check;
    check.id = u"btf"_s;
    check.title = u"Kernel BTF"_s;
    check.explanation = u"Kinsight's programs are compiled once (CO-RE) and relocated against the running kernel's "
                        u"BTF at load time; tp_btf and fentry/fexit need it too. Without it no module loads."_s;
    if (!snapshot.vmlinuxBtfPresent) {
        check.status = Status::Error;
        check.summary = u"/sys/kernel/btf/vmlinux does not exist: Kinsight cannot load (it needs CO-RE)"_s;
        check.fix = u"Boot a kernel built with CONFIG_DEBUG_INFO_BTF=y (the default on Debian 11+, Ubuntu 20.10+, "
                    u"Fedora 31+, RHEL 8.2+)."_s;
        return check;
    }
    if (snapshot.vmlinuxBtf.isEmpty()) {
        check.status = Status::Error;
        check.summary = u"/sys/kernel/btf/vmlinux exists but cannot be read: %1"_s.arg(snapshot.vmlinuxBtfError);
        check.fix = u"The file is normally world-readable (0444); check what changed its mode or an LSM policy "
                    u"that blocks it."_s;
        return check;
    }
    const BtfSummary btf = parseBtf(snapshot.vmlinuxBtf);
    if (!btf.valid) {
        check.status = btf.newerFormat ? Status::Warning : Status::Error;
        check.summary = u"/sys/kernel/btf/vmlinux (%1 bytes) does not parse: %2"_s
                            .arg(snapshot.vmlinuxBtf.size()).arg(btf.error);
        check.fix = btf.newerFormat ? u"The kernel's BTF is newer than this check; the attach matrix shows whether "
                                      u"libbpf still loads the modules."_s
                                    : u"The kernel's BTF is damaged; reinstall or rebuild the kernel."_s;
        return check;
    }
    check.status = btf.hasTaskStruct ? Status::Ok : Status::Warning;
    check.summary = u"/sys/kernel/btf/vmlinux parses: %1 types, %2 functions, %3 BTF tracepoints"_s
                        .arg(btf.typeCount).arg(btf.functionCount).arg(btf.btfTracepointCount);
    if (!btf.hasTaskStruct) {
        check.summary += u"; but no struct task_struct"_s;
        check.fix = u"This BTF lacks the types every CO-RE read starts from; it may be a stripped or foreign "
                    u"file."_s;
    }
    return check;
}

Check moduleBtfCheck(const SystemSnapshot &snapshot, const KernelConfig *config)
{
    Check check;
    check.id = u"btf-modules"_s;
    check.title = u"Module BTF"_s;
    check.explanation = u"Functions and types inside loadable modules (xfs, nfs, btrfs for the filesystem module; "
                        u"md_flush_request for mdflush; …) need the module's own BTF in /sys/kernel/btf/<module> for "
                        u"fentry/fexit, tp_btf and CO-RE reads. Code built into the kernel is covered by vmlinux."_s;
    if (config && config->state(u"CONFIG_MODULES"_s) != KernelConfig::State::Yes) {
        check.status = Status::Ok;
        check.summary = u"Not needed: the kernel is built without loadable modules (CONFIG_MODULES is not set)"_s;
        return check;
    }
    const bool configSaysYes = config && config->isEnabled(u"CONFIG_DEBUG_INFO_BTF_MODULES"_s);
    if (!snapshot.moduleBtf.isEmpty()) {
        check.status = Status::Ok;
        check.summary = u"%1 modules carry BTF"_s.arg(snapshot.moduleBtf.size());
        QStringList withoutBtf;
        for (const QString &module : snapshot.loadedModules)
            if (!snapshot.moduleBtf.contains(module))
                withoutBtf.append(module);
        if (!withoutBtf.isEmpty()) {
            QString listed = withoutBtf.mid(0, 5).join(u", "_s);
            if (withoutBtf.size() > 5)
                listed += u", …"_s;
            check.summary += u"; %1 loaded modules have none (out-of-tree?): %2"_s.arg(withoutBtf.size()).arg(listed);
        }
        return check;
    }
    if (config && !configSaysYes) {
        check.status = Status::Warning;
        check.summary = u"Modules carry no BTF (CONFIG_DEBUG_INFO_BTF_MODULES is not set): hooks in modules lose "
                        u"fentry/fexit and tp_btf"_s;
        check.fix = u"Use a kernel built with CONFIG_DEBUG_INFO_BTF_MODULES=y; built-in code is unaffected."_s;
        return check;
    }
    if (snapshot.loadedModules.isEmpty()) {
        check.status = Status::Ok;
        check.summary = configSaysYes
            ? u"No modules loaded; the kernel would give them BTF (CONFIG_DEBUG_INFO_BTF_MODULES=y)"_s
            : u"No modules loaded, so none needs BTF"_s;
        return check;
    }
    check.status = Status::Warning;
    check.summary = u"%1 modules are loaded but none has BTF in /sys/kernel/btf"_s.arg(snapshot.loadedModules.size());
    check.fix = u"Use a kernel built with CONFIG_DEBUG_INFO_BTF_MODULES=y."_s;
    return check;
}

}  // namespace kinsight::diagnostics
