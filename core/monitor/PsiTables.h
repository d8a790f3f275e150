// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/StreamHealth.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

struct dvbpsi_s;
struct dvbpsi_pat_s;
struct dvbpsi_pmt_s;

namespace srtdesk {

// The PAT and the PMTs of one transport stream, decoded by libdvbpsi (sections, CRC,
// versions) from the packets of PID 0 and of each program_map_PID. Runs on the thread that
// feeds it; it allocates only when a table changes.
class PsiTables
{
public:
    struct Stream
    {
        std::uint16_t pid = 0;
        std::uint8_t streamType = 0;
        PidKind kind = PidKind::Data;
        QString codec;
        QString language;
        bool mpegAudio = false; // the codec comes from the first audio frame (mp1/mp2/mp3)
    };

    struct Program
    {
        std::uint16_t number = 0;
        std::uint16_t pmtPid = 0;
        std::uint16_t pcrPid = 0x1FFF;
        bool pmtKnown = false;
        std::vector<Stream> streams;
    };

    PsiTables();
    ~PsiTables();
    PsiTables(const PsiTables &) = delete;
    PsiTables &operator=(const PsiTables &) = delete;

    void reset();

    void pushPat(const std::uint8_t *packet);
    void pushPmt(std::uint16_t pid, const std::uint8_t *packet);

    // true once after the programs changed (a new PAT or PMT version).
    bool takeChanged();
    const std::vector<Program> &programs() const { return m_programs; }

    // Names the codec of an MPEG audio stream once its first frame has been seen.
    void setMpegAudioCodec(std::uint16_t pid, const QString &codec);

private:
    struct PmtDecoder;

    static void onPat(void *self, dvbpsi_pat_s *pat);
    static void onPmt(void *decoder, dvbpsi_pmt_s *pmt);
    void applyPat(dvbpsi_pat_s *pat);
    void applyPmt(PmtDecoder &decoder, dvbpsi_pmt_s *pmt);
    Program *findProgram(std::uint16_t number);
    void dropPmtDecoders();

    dvbpsi_s *m_pat = nullptr;
    std::vector<std::unique_ptr<PmtDecoder>> m_pmts;
    std::vector<Program> m_programs;
    bool m_changed = false;
};

} // namespace srtdesk
