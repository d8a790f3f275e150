// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitor/PsiTables.h"

#include "core/monitor/MonitorLogging.h"
#include "core/monitor/TsStreamTypes.h"

extern "C" {
#include <dvbpsi/dvbpsi.h>
#include <dvbpsi/descriptor.h>
#include <dvbpsi/pat.h>
#include <dvbpsi/pmt.h>
#include <dvbpsi/psi.h>
}

namespace srtdesk {

namespace {

// libdvbpsi's own complaints (bad CRC, discontinuities it resynchronises on) are what the
// counters already report; they stay at debug level so that a broken stream floods no log.
void onDvbpsiMessage(dvbpsi_t *, const dvbpsi_msg_level_t level, const char *message)
{
    qCDebug(lcMonitor).noquote() << "libdvbpsi" << int(level) << message;
}

dvbpsi_t *newHandle()
{
    return dvbpsi_new(&onDvbpsiMessage, DVBPSI_MSG_WARN);
}

// libdvbpsi reads packets without changing them but declares its input non-const.
std::uint8_t *mutablePacket(const std::uint8_t *packet)
{
    return const_cast<std::uint8_t *>(packet);
}

} // namespace

struct PsiTables::PmtDecoder
{
    PsiTables *owner = nullptr;
    std::uint16_t number = 0;
    std::uint16_t pid = 0;
    dvbpsi_t *handle = nullptr;

    ~PmtDecoder()
    {
        if (!handle)
            return;
        if (dvbpsi_decoder_present(handle))
            dvbpsi_pmt_detach(handle);
        dvbpsi_delete(handle);
    }
};

PsiTables::PsiTables()
{
    reset();
}

PsiTables::~PsiTables()
{
    dropPmtDecoders();
    if (m_pat) {
        if (dvbpsi_decoder_present(m_pat))
            dvbpsi_pat_detach(m_pat);
        dvbpsi_delete(m_pat);
    }
}

void PsiTables::reset()
{
    dropPmtDecoders();
    if (m_pat) {
        if (dvbpsi_decoder_present(m_pat))
            dvbpsi_pat_detach(m_pat);
        dvbpsi_delete(m_pat);
    }
    m_pat = newHandle();
    if (!m_pat || !dvbpsi_pat_attach(m_pat, &PsiTables::onPat, this))
        qCWarning(lcMonitor) << "libdvbpsi could not create a PAT decoder";
    m_programs.clear();
    m_changed = true;
}

void PsiTables::dropPmtDecoders()
{
    m_pmts.clear();
}

void PsiTables::pushPat(const std::uint8_t *packet)
{
    if (m_pat && dvbpsi_decoder_present(m_pat))
        dvbpsi_packet_push(m_pat, mutablePacket(packet));
}

void PsiTables::pushPmt(std::uint16_t pid, const std::uint8_t *packet)
{
    for (const auto &decoder : m_pmts) {
        if (decoder->pid == pid && decoder->handle)
            dvbpsi_packet_push(decoder->handle, mutablePacket(packet));
    }
}

bool PsiTables::takeChanged()
{
    const bool changed = m_changed;
    m_changed = false;
    return changed;
}

void PsiTables::setMpegAudioCodec(std::uint16_t pid, const QString &codec)
{
    for (Program &program : m_programs) {
        for (Stream &stream : program.streams) {
            if (stream.pid == pid && stream.mpegAudio) {
                stream.codec = codec;
                stream.mpegAudio = false;
            }
        }
    }
}

void PsiTables::onPat(void *self, dvbpsi_pat_s *pat)
{
    static_cast<PsiTables *>(self)->applyPat(pat);
    dvbpsi_pat_delete(pat);
}

void PsiTables::onPmt(void *decoder, dvbpsi_pmt_s *pmt)
{
    auto *d = static_cast<PmtDecoder *>(decoder);
    d->owner->applyPmt(*d, pmt);
    dvbpsi_pmt_delete(pmt);
}

PsiTables::Program *PsiTables::findProgram(std::uint16_t number)
{
    for (Program &program : m_programs) {
        if (program.number == number)
            return &program;
    }
    return nullptr;
}

// A new PAT version: programs that keep their number and PMT PID keep what their PMT said;
// the others start over with a fresh PMT decoder.
void PsiTables::applyPat(dvbpsi_pat_s *pat)
{
    if (!pat->b_current_next)
        return;
    std::vector<Program> programs;
    std::vector<std::unique_ptr<PmtDecoder>> decoders;
    for (const dvbpsi_pat_program_t *p = pat->p_first_program; p; p = p->p_next) {
        if (p->i_number == 0)
            continue; // the network PID (NIT), not a program
        const Program *old = findProgram(p->i_number);
        if (old && old->pmtPid == p->i_pid) {
            programs.push_back(*old);
        } else {
            Program fresh;
            fresh.number = p->i_number;
            fresh.pmtPid = p->i_pid;
            programs.push_back(fresh);
        }
        std::unique_ptr<PmtDecoder> reused;
        for (auto &d : m_pmts) {
            if (d && d->number == p->i_number && d->pid == p->i_pid)
                reused = std::move(d);
        }
        if (!reused) {
            reused = std::make_unique<PmtDecoder>();
            reused->owner = this;
            reused->number = p->i_number;
            reused->pid = p->i_pid;
            reused->handle = newHandle();
            if (!reused->handle
                || !dvbpsi_pmt_attach(reused->handle, p->i_number, &PsiTables::onPmt, reused.get()))
                qCWarning(lcMonitor) << "libdvbpsi could not create a PMT decoder for program" << p->i_number;
        }
        decoders.push_back(std::move(reused));
    }
    m_pmts = std::move(decoders);
    m_programs = std::move(programs);
    m_changed = true;
    qCDebug(lcMonitor) << "PAT version" << pat->i_version << "with" << m_programs.size() << "programs";
}

void PsiTables::applyPmt(PmtDecoder &decoder, dvbpsi_pmt_s *pmt)
{
    Program *program = findProgram(decoder.number);
    if (!program || !pmt->b_current_next)
        return;
    program->pcrPid = pmt->i_pcr_pid;
    program->pmtKnown = true;
    program->streams.clear();
    for (const dvbpsi_pmt_es_t *es = pmt->p_first_es; es; es = es->p_next) {
        const TsStreamTypes::Classification c = TsStreamTypes::classify(es->i_type, es->p_first_descriptor);
        Stream stream;
        stream.pid = es->i_pid;
        stream.streamType = es->i_type;
        stream.kind = c.kind;
        stream.codec = c.codec;
        stream.language = c.language;
        stream.mpegAudio = c.mpegAudio;
        program->streams.push_back(stream);
    }
    m_changed = true;
    qCDebug(lcMonitor) << "PMT of program" << decoder.number << "version" << pmt->i_version << "with"
                       << program->streams.size() << "streams";
}

} // namespace srtdesk
