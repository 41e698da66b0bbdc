<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AppMetricLayout</name>
    <message>
        <source>Opens</source>
        <translation>Aberturas</translation>
    </message>
    <message>
        <source>VFS bytes</source>
        <translation>Bytes de VFS</translation>
    </message>
    <message>
        <source>Network bytes</source>
        <translation>Bytes de rede</translation>
    </message>
    <message>
        <source>Forks</source>
        <translation>Forks</translation>
    </message>
    <message>
        <source>Page-cache misses</source>
        <translation>Faltas no cache de páginas</translation>
    </message>
    <message>
        <source>OOM kills</source>
        <translation>Mortes por OOM</translation>
    </message>
    <message>
        <source>Processes killed due to out of memory</source>
        <translation>Processos mortos por falta de memória</translation>
    </message>
    <message>
        <source>Processes created with do_fork</source>
        <translation>Processos criados com do_fork</translation>
    </message>
    <message>
        <source>Threads created with do_fork or clone(2)</source>
        <translation>Threads criadas com do_fork ou clone(2)</translation>
    </message>
    <message>
        <source>Calls to do_exit</source>
        <translation>Chamadas a do_exit</translation>
    </message>
    <message>
        <source>Calls to release_task</source>
        <translation>Chamadas a release_task</translation>
    </message>
    <message>
        <source>Errors creating a thread or process</source>
        <translation>Erros ao criar uma thread ou processo</translation>
    </message>
    <message>
        <source>Calls to swap_readpage</source>
        <translation>Chamadas a swap_readpage</translation>
    </message>
    <message>
        <source>Calls to swap_writepage</source>
        <translation>Chamadas a swap_writepage</translation>
    </message>
    <message>
        <source>Bytes sent</source>
        <translation>Bytes enviados</translation>
    </message>
    <message>
        <source>Bytes received</source>
        <translation>Bytes recebidos</translation>
    </message>
    <message>
        <source>Calls to tcp_sendmsg</source>
        <translation>Chamadas a tcp_sendmsg</translation>
    </message>
    <message>
        <source>Calls to tcp_cleanup_rbuf</source>
        <translation>Chamadas a tcp_cleanup_rbuf</translation>
    </message>
    <message>
        <source>Calls to tcp_retransmit_skb</source>
        <translation>Chamadas a tcp_retransmit_skb</translation>
    </message>
    <message>
        <source>Calls to udp_sendmsg</source>
        <translation>Chamadas a udp_sendmsg</translation>
    </message>
    <message>
        <source>Calls to udp_recvmsg</source>
        <translation>Chamadas a udp_recvmsg</translation>
    </message>
    <message>
        <source>Calls to open files</source>
        <translation>Chamadas para abrir arquivos</translation>
    </message>
    <message>
        <source>Calls to open files that returned errors</source>
        <translation>Chamadas para abrir arquivos que retornaram erro</translation>
    </message>
    <message>
        <source>Files closed</source>
        <translation>Arquivos fechados</translation>
    </message>
    <message>
        <source>Calls to close files that returned errors</source>
        <translation>Chamadas para fechar arquivos que retornaram erro</translation>
    </message>
    <message>
        <source>Calls to vfs_unlink</source>
        <translation>Chamadas a vfs_unlink</translation>
    </message>
    <message>
        <source>Calls to vfs_write</source>
        <translation>Chamadas a vfs_write</translation>
    </message>
    <message>
        <source>Calls to write a file that returned errors</source>
        <translation>Chamadas para gravar um arquivo que retornaram erro</translation>
    </message>
    <message>
        <source>Calls to vfs_read</source>
        <translation>Chamadas a vfs_read</translation>
    </message>
    <message>
        <source>Bytes written with vfs_write</source>
        <translation>Bytes gravados com vfs_write</translation>
    </message>
    <message>
        <source>Bytes read with vfs_read</source>
        <translation>Bytes lidos com vfs_read</translation>
    </message>
    <message>
        <source>Calls to read a file that returned errors</source>
        <translation>Chamadas para ler um arquivo que retornaram erro</translation>
    </message>
    <message>
        <source>Calls to vfs_fsync</source>
        <translation>Chamadas a vfs_fsync</translation>
    </message>
    <message>
        <source>Calls to sync a file that returned errors</source>
        <translation>Chamadas para sincronizar um arquivo que retornaram erro</translation>
    </message>
    <message>
        <source>Calls to vfs_open</source>
        <translation>Chamadas a vfs_open</translation>
    </message>
    <message>
        <source>Calls to vfs_open that returned errors</source>
        <translation>Chamadas a vfs_open que retornaram erro</translation>
    </message>
    <message>
        <source>Calls to vfs_create</source>
        <translation>Chamadas a vfs_create</translation>
    </message>
    <message>
        <source>Calls to vfs_create that returned errors</source>
        <translation>Chamadas a vfs_create que retornaram erro</translation>
    </message>
    <message>
        <source>Ratio of pages accessed that were in the page cache</source>
        <translation>Proporção das páginas acessadas que estavam no cache de páginas</translation>
    </message>
    <message>
        <source>Modified (dirty) pages</source>
        <translation>Páginas modificadas (sujas)</translation>
    </message>
    <message>
        <source>Accessed pages</source>
        <translation>Páginas acessadas</translation>
    </message>
    <message>
        <source>Pages brought from disk</source>
        <translation>Páginas trazidas do disco</translation>
    </message>
    <message>
        <source>Ratio of files available in the directory cache</source>
        <translation>Proporção de arquivos disponíveis no cache de diretórios</translation>
    </message>
    <message>
        <source>Files accessed</source>
        <translation>Arquivos acessados</translation>
    </message>
    <message>
        <source>Files accessed that were not in the cache</source>
        <translation>Arquivos acessados que não estavam no cache</translation>
    </message>
    <message>
        <source>Files not found</source>
        <translation>Arquivos não encontrados</translation>
    </message>
    <message>
        <source>Calls to shmget</source>
        <translation>Chamadas a shmget</translation>
    </message>
    <message>
        <source>Calls to shmat</source>
        <translation>Chamadas a shmat</translation>
    </message>
    <message>
        <source>Calls to shmdt</source>
        <translation>Chamadas a shmdt</translation>
    </message>
    <message>
        <source>Calls to shmctl</source>
        <translation>Chamadas a shmctl</translation>
    </message>
    <message>
        <source>not collected in this session (the %1 collector is not running)</source>
        <translation>não coletado nesta sessão (o coletor %1 não está em execução)</translation>
    </message>
    <message>
        <source>%1 is not collected in this session</source>
        <translation>%1 não é coletado nesta sessão</translation>
    </message>
</context>
<context>
    <name>AttachSummary</name>
    <message>
        <source>not loaded</source>
        <translation>não carregado</translation>
    </message>
    <message>
        <source>no hook attached</source>
        <translation>nenhum hook anexado</translation>
    </message>
    <message>
        <source>, %1 of %2 hooks</source>
        <translation>, %1 de %2 hooks</translation>
    </message>
    <message>
        <source>Not loaded: %1</source>
        <translation>Não carregado: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: not attached</source>
        <translation>%1: não anexado</translation>
    </message>
    <message>
        <source>Session → Attach details… lists every rejected variant.</source>
        <translation>Sessão → Detalhes de anexação… lista cada variante rejeitada.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Bytes written and read</source>
        <translation>Bytes escritos e lidos</translation>
    </message>
    <message>
        <source>Calls to IO</source>
        <translation>Chamadas de E/S</translation>
    </message>
    <message>
        <source>Calls to access swap memory</source>
        <translation>Chamadas para acessar a memória swap</translation>
    </message>
    <message>
        <source>Calls to internal functions</source>
        <translation>Chamadas a funções internas</translation>
    </message>
    <message>
        <source>Calls to mount and umount syscalls</source>
        <translation>Chamadas às syscalls mount e umount</translation>
    </message>
    <message>
        <source>Calls to shared memory system calls</source>
        <translation>Chamadas às chamadas de sistema de memória compartilhada</translation>
    </message>
    <message>
        <source>Calls to vfs_create</source>
        <translation>Chamadas a vfs_create</translation>
    </message>
    <message>
        <source>Calls to vfs_fsync</source>
        <translation>Chamadas a vfs_fsync</translation>
    </message>
    <message>
        <source>Calls to vfs_open</source>
        <translation>Chamadas a vfs_open</translation>
    </message>
    <message>
        <source>Directory cache</source>
        <translation>Cache de diretórios</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>Disco</translation>
    </message>
    <message>
        <source>Errors to mount and umount file systems</source>
        <translation>Erros ao montar e desmontar sistemas de arquivos</translation>
    </message>
    <message>
        <source>Exit process</source>
        <translation>Término de processo</translation>
    </message>
    <message>
        <source>Fails to create a file</source>
        <translation>Falhas ao criar um arquivo</translation>
    </message>
    <message>
        <source>Fails to create process</source>
        <translation>Falhas ao criar processo</translation>
    </message>
    <message>
        <source>Fails to open a file</source>
        <translation>Falhas ao abrir um arquivo</translation>
    </message>
    <message>
        <source>Fails to synchronize</source>
        <translation>Falhas ao sincronizar</translation>
    </message>
    <message>
        <source>Fails to write or read</source>
        <translation>Falhas ao escrever ou ler</translation>
    </message>
    <message>
        <source>File descriptor</source>
        <translation>Descritor de arquivo</translation>
    </message>
    <message>
        <source>Filesystem</source>
        <translation>Sistema de arquivos</translation>
    </message>
    <message>
        <source>Flush</source>
        <translation>Flush</translation>
    </message>
    <message>
        <source>Hardware IRQ handler runs</source>
        <translation>Execuções de handlers de IRQ de hardware</translation>
    </message>
    <message>
        <source>Hardware IRQ latency</source>
        <translation>Latência de IRQ de hardware</translation>
    </message>
    <message>
        <source>IPC shared memory</source>
        <translation>Memória compartilhada IPC</translation>
    </message>
    <message>
        <source>Inbound connections</source>
        <translation>Conexões de entrada</translation>
    </message>
    <message>
        <source>Interrupts</source>
        <translation>Interrupções</translation>
    </message>
    <message>
        <source>MD flush</source>
        <translation>Flush de MD</translation>
    </message>
    <message>
        <source>MD flushes</source>
        <translation>Flushes de MD</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memória</translation>
    </message>
    <message>
        <source>Monitor calls to fsync(2) and fdatasync(2)</source>
        <translation>Chamadas a fsync(2) e fdatasync(2)</translation>
    </message>
    <message>
        <source>Monitor calls to msync(2)</source>
        <translation>Chamadas a msync(2)</translation>
    </message>
    <message>
        <source>Monitor calls to sync(2) and syncfs(2)</source>
        <translation>Chamadas a sync(2) e syncfs(2)</translation>
    </message>
    <message>
        <source>Monitor calls to sync_file_range(2)</source>
        <translation>Chamadas a sync_file_range(2)</translation>
    </message>
    <message>
        <source>Mount</source>
        <translation>Montagem</translation>
    </message>
    <message>
        <source>Mount Points</source>
        <translation>Pontos de montagem</translation>
    </message>
    <message>
        <source>OOM kills</source>
        <translation>Encerramentos por OOM</translation>
    </message>
    <message>
        <source>Open and close calls</source>
        <translation>Chamadas de abertura e fechamento</translation>
    </message>
    <message>
        <source>Open fails</source>
        <translation>Falhas de abertura</translation>
    </message>
    <message>
        <source>Out of memory kills</source>
        <translation>Processos encerrados por falta de memória</translation>
    </message>
    <message>
        <source>Packages retransmitted</source>
        <translation>Pacotes retransmitidos</translation>
    </message>
    <message>
        <source>Page cache</source>
        <translation>Cache de páginas</translation>
    </message>
    <message>
        <source>Page cache hit ratio</source>
        <translation>Taxa de acertos do cache de páginas</translation>
    </message>
    <message>
        <source>Page cache hits</source>
        <translation>Acertos no cache de páginas</translation>
    </message>
    <message>
        <source>Page cache misses (pages read in)</source>
        <translation>Faltas no cache de páginas (páginas lidas)</translation>
    </message>
    <message>
        <source>Pages dirtied</source>
        <translation>Páginas sujas</translation>
    </message>
    <message>
        <source>Percentage of files inside directory cache</source>
        <translation>Porcentagem de arquivos no cache de diretórios</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processo</translation>
    </message>
    <message>
        <source>Process not closed</source>
        <translation>Processos não encerrados</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Remoção de arquivos</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>Softirqs</source>
        <translation>Softirqs</translation>
    </message>
    <message>
        <source>Software IRQ latency</source>
        <translation>Latência de IRQ de software</translation>
    </message>
    <message>
        <source>Software IRQ runs</source>
        <translation>Execuções de IRQ de software</translation>
    </message>
    <message>
        <source>Start process</source>
        <translation>Início de processo</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>Synchronization</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>System Overview</source>
        <translation>Visão geral do sistema</translation>
    </message>
    <message>
        <source>TCP bandwidth</source>
        <translation>Largura de banda TCP</translation>
    </message>
    <message>
        <source>TCP errors</source>
        <translation>Erros TCP</translation>
    </message>
    <message>
        <source>TCP outbound connections</source>
        <translation>Conexões TCP de saída</translation>
    </message>
    <message>
        <source>UDP bandwidth</source>
        <translation>Largura de banda UDP</translation>
    </message>
    <message>
        <source>UDP calls</source>
        <translation>Chamadas UDP</translation>
    </message>
    <message>
        <source>UDP errors</source>
        <translation>Erros UDP</translation>
    </message>
    <message>
        <source>VFS</source>
        <translation>VFS</translation>
    </message>
    <message>
        <source>Variables used to calculate hit ratio</source>
        <translation>Variáveis usadas para calcular a taxa de acertos</translation>
    </message>
    <message>
        <source>at</source>
        <translation>at</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>bytes/s</translation>
    </message>
    <message>
        <source>calls/s</source>
        <translation>chamadas/s</translation>
    </message>
    <message>
        <source>close</source>
        <translation>close</translation>
    </message>
    <message>
        <source>connected_V4</source>
        <translation>connected_V4</translation>
    </message>
    <message>
        <source>connected_V6</source>
        <translation>connected_V6</translation>
    </message>
    <message>
        <source>connected_tcp</source>
        <translation>connected_tcp</translation>
    </message>
    <message>
        <source>connected_udp</source>
        <translation>connected_udp</translation>
    </message>
    <message>
        <source>connections/s</source>
        <translation>conexões/s</translation>
    </message>
    <message>
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <source>ctl</source>
        <translation>ctl</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>delete</translation>
    </message>
    <message>
        <source>dirty</source>
        <translation>sujas</translation>
    </message>
    <message>
        <source>dt</source>
        <translation>dt</translation>
    </message>
    <message>
        <source>eBPF</source>
        <translation>eBPF</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>exit</translation>
    </message>
    <message>
        <source>fdatasync</source>
        <translation>fdatasync</translation>
    </message>
    <message>
        <source>flushes/s</source>
        <translation>flushes/s</translation>
    </message>
    <message>
        <source>fsync</source>
        <translation>fsync</translation>
    </message>
    <message>
        <source>get</source>
        <translation>get</translation>
    </message>
    <message>
        <source>hit</source>
        <translation>acerto</translation>
    </message>
    <message>
        <source>hits/s</source>
        <translation>acertos/s</translation>
    </message>
    <message>
        <source>kills</source>
        <translation>encerramentos</translation>
    </message>
    <message>
        <source>kills/s</source>
        <translation>encerramentos/s</translation>
    </message>
    <message>
        <source>kilobits/s</source>
        <translation>kilobits/s</translation>
    </message>
    <message>
        <source>lookups/s</source>
        <translation>consultas/s</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>milissegundos</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>misses/s</source>
        <translation>faltas/s</translation>
    </message>
    <message>
        <source>mount</source>
        <translation>mount</translation>
    </message>
    <message>
        <source>msync</source>
        <translation>msync</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>pages/s</source>
        <translation>páginas/s</translation>
    </message>
    <message>
        <source>process</source>
        <translation>processo</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>taxa</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leitura</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recebidos</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referência</translation>
    </message>
    <message>
        <source>released</source>
        <translation>liberados</translation>
    </message>
    <message>
        <source>retransmitted</source>
        <translation>retransmitidos</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviados</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>lentas</translation>
    </message>
    <message>
        <source>started - exited</source>
        <translation>iniciados - encerrados</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>sync</translation>
    </message>
    <message>
        <source>sync_file_range</source>
        <translation>sync_file_range</translation>
    </message>
    <message>
        <source>syncfs</source>
        <translation>syncfs</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tarefas</translation>
    </message>
    <message>
        <source>thread</source>
        <translation>thread</translation>
    </message>
    <message>
        <source>umount</source>
        <translation>umount</translation>
    </message>
    <message>
        <source>write</source>
        <translation>escrita</translation>
    </message>
    <message>
        <source>zombie</source>
        <translation>zumbi</translation>
    </message>
    <message>
        <source>Disk latency of {key}</source>
        <translation>Latência do disco {key}</translation>
    </message>
    <message>
        <source>{key} attribute latency</source>
        <translation>{key}: latência de atributos</translation>
    </message>
    <message>
        <source>{key} open latency</source>
        <translation>{key}: latência de abertura</translation>
    </message>
    <message>
        <source>{key} read latency</source>
        <translation>{key}: latência de leitura</translation>
    </message>
    <message>
        <source>{key} sync latency</source>
        <translation>{key}: latência de sync</translation>
    </message>
    <message>
        <source>{key} write latency</source>
        <translation>{key}: latência de escrita</translation>
    </message>
</context>
<context>
    <name>LaunchCheck</name>
    <message>
        <source>Enter the program to run.</source>
        <translation>Informe o programa a executar.</translation>
    </message>
    <message>
        <source>The working directory “%1” does not exist. Choose an existing folder, or leave the field empty.</source>
        <translation>O diretório de trabalho “%1” não existe. Escolha uma pasta existente ou deixe o campo vazio.</translation>
    </message>
    <message>
        <source>“%1” is not a valid environment variable name (letters, digits and _, not starting with a digit).</source>
        <translation>“%1” não é um nome válido de variável de ambiente (letras, dígitos e _, sem começar com dígito).</translation>
    </message>
    <message>
        <source>Choose at least one module to measure with (for example process, fd, vfs).</source>
        <translation>Escolha pelo menos um módulo para medir (por exemplo process, fd, vfs).</translation>
    </message>
    <message>
        <source>Command not found: “%1” does not exist. Check the path.</source>
        <translation>Comando não encontrado: “%1” não existe. Verifique o caminho.</translation>
    </message>
    <message>
        <source>“%1” is not an executable file. Make it executable (chmod +x) or choose another program.</source>
        <translation>“%1” não é um arquivo executável. Torne-o executável (chmod +x) ou escolha outro programa.</translation>
    </message>
    <message>
        <source>Command not found: “%1” is not in PATH. Check the spelling, give its full path, or install it.</source>
        <translation>Comando não encontrado: “%1” não está no PATH. Verifique a grafia, informe o caminho completo ou instale-o.</translation>
    </message>
    <message>
        <source>The arguments have an unterminated quote. Close it, or put a backslash before a quote that is part of an argument.</source>
        <translation>Os argumentos têm uma aspa sem fechamento. Feche-a, ou ponha uma barra invertida antes de uma aspa que faça parte de um argumento.</translation>
    </message>
</context>
<context>
    <name>LaunchParser</name>
    <message>
        <source>Shows, every second, how applications interact with the Linux kernel.</source>
        <translation>Mostra, a cada segundo, como os aplicativos interagem com o kernel Linux.</translation>
    </message>
    <message>
        <source>Replay the recording &lt;file&gt; instead of measuring live.</source>
        <translation>Reproduzir a gravação &lt;arquivo&gt; em vez de medir ao vivo.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>Replay &lt;fps&gt; frames per second (default 0: all at once).</source>
        <translation>Reproduzir &lt;fps&gt; quadros por segundo (padrão 0: todos de uma vez).</translation>
    </message>
    <message>
        <source>fps</source>
        <translation>fps</translation>
    </message>
    <message>
        <source>Seconds between samples of a live session (default 1).</source>
        <translation>Segundos entre as amostras de uma sessão ao vivo (padrão 1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Comma-separated modules to load (default process,fd,vfs).</source>
        <translation>Módulos a carregar, separados por vírgulas (padrão process,fd,vfs).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>entry counts calls; return also counts errors (default entry).</source>
        <translation>entry conta chamadas; return também conta erros (padrão entry).</translation>
    </message>
    <message>
        <source>entry|return</source>
        <translation>entry|return</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--replay-speed must be a number of frames per second from 0 to 1000</source>
        <translation>--replay-speed deve ser um número de quadros por segundo de 0 a 1000</translation>
    </message>
    <message>
        <source>--interval must be a number of seconds from 0.1 to 3600</source>
        <translation>--interval deve ser um número de segundos de 0.1 a 3600</translation>
    </message>
    <message>
        <source>--modules: &quot;%1&quot; is not a module name</source>
        <translation>--modules: &quot;%1&quot; não é um nome de módulo</translation>
    </message>
    <message>
        <source>--modules needs at least one module</source>
        <translation>--modules precisa de pelo menos um módulo</translation>
    </message>
    <message>
        <source>--load-mode must be entry or return</source>
        <translation>--load-mode deve ser entry ou return</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the recording</source>
        <translation>Não é possível abrir a gravação</translation>
    </message>
</context>
<context>
    <name>RulesStore</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>não é possível criar a pasta %1</translation>
    </message>
</context>
<context>
    <name>SessionExport</name>
    <message>
        <source>Cannot write “%1”: %2. Choose a folder you can write to.</source>
        <translation>Não é possível gravar “%1”: %2. Escolha uma pasta em que você possa gravar.</translation>
    </message>
    <message>
        <source>Cannot encode the chart as PNG.</source>
        <translation>Não é possível codificar o gráfico como PNG.</translation>
    </message>
    <message>
        <source>Exported by Kinsight</source>
        <translation>Exportado pelo Kinsight</translation>
    </message>
    <message>
        <source>Cannot draw the chart as SVG.</source>
        <translation>Não é possível desenhar o gráfico como SVG.</translation>
    </message>
</context>
<context>
    <name>StatePresenter</name>
    <message>
        <source>No session</source>
        <translation>Nenhuma sessão</translation>
    </message>
    <message>
        <source>Start a live session to measure this system, or open a recording made earlier.</source>
        <translation>Inicie uma sessão ao vivo para medir este sistema ou abra uma gravação feita antes.</translation>
    </message>
    <message>
        <source>Connecting to the Kinsight helper…</source>
        <translation>Conectando ao auxiliar do Kinsight…</translation>
    </message>
    <message>
        <source>If a password dialog is open, authenticate to allow measuring the kernel.</source>
        <translation>Se uma janela de senha estiver aberta, autentique-se para permitir a medição do kernel.</translation>
    </message>
    <message>
        <source>Replaying a recording</source>
        <translation>Reproduzindo uma gravação</translation>
    </message>
    <message>
        <source>Measuring</source>
        <translation>Medindo</translation>
    </message>
    <message>
        <source>The Kinsight helper is not available</source>
        <translation>O auxiliar do Kinsight não está disponível</translation>
    </message>
    <message>
        <source>Without the helper you can still open a recording made on another machine.</source>
        <translation>Sem o auxiliar, você ainda pode abrir uma gravação feita em outra máquina.</translation>
    </message>
    <message>
        <source>Not authorized to measure this system</source>
        <translation>Sem autorização para medir este sistema</translation>
    </message>
    <message>
        <source>Retry to be asked again.</source>
        <translation>Tente novamente para ser perguntado outra vez.</translation>
    </message>
    <message>
        <source>This kernel cannot run Kinsight&apos;s probes</source>
        <translation>Este kernel não consegue executar as sondas do Kinsight</translation>
    </message>
    <message>
        <source>Kinsight needs a kernel with BPF and BTF type information (/sys/kernel/btf/vmlinux) and without lockdown in confidentiality mode. Diagnostics shows what this one lacks.</source>
        <translation>O Kinsight precisa de um kernel com BPF e informações de tipo BTF (/sys/kernel/btf/vmlinux) e sem lockdown no modo confidentiality. O diagnóstico mostra o que falta a este.</translation>
    </message>
    <message>
        <source>The session failed</source>
        <translation>A sessão falhou</translation>
    </message>
    <message>
        <source>The helper went away — reconnecting by itself</source>
        <translation>O auxiliar saiu — reconectando automaticamente</translation>
    </message>
    <message>
        <source>The charts continue when the helper is back.</source>
        <translation>Os gráficos continuam quando o auxiliar voltar.</translation>
    </message>
    <message>
        <source>End of the recording</source>
        <translation>Fim da gravação</translation>
    </message>
    <message>
        <source>The session ended</source>
        <translation>A sessão terminou</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>Start a &amp;live session</source>
        <translation>Iniciar uma sessão ao &amp;vivo</translation>
    </message>
    <message>
        <source>&amp;Open a recording…</source>
        <translation>&amp;Abrir uma gravação…</translation>
    </message>
    <message>
        <source>Replay &amp;again</source>
        <translation>Reproduzir &amp;de novo</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Run &amp;diagnostics</source>
        <translation>Executar &amp;diagnóstico</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Replaying</source>
        <translation>Reproduzindo</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Ao vivo</translation>
    </message>
    <message>
        <source>Helper not available</source>
        <translation>Auxiliar indisponível</translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation>Não autorizado</translation>
    </message>
    <message>
        <source>Kernel unsupported</source>
        <translation>Kernel sem suporte</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Recording replayed</source>
        <translation>Gravação reproduzida</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Encerrada</translation>
    </message>
</context>
<context>
    <name>kinsight::apps::ui::AppDashboard</name>
    <message>
        <source>application</source>
        <translation>aplicativo</translation>
    </message>
    <message>
        <source>process</source>
        <translation>processo</translation>
    </message>
    <message>
        <source>cgroup</source>
        <translation>cgroup</translation>
    </message>
    <message>
        <source>inspected process tree</source>
        <translation>árvore de processos inspecionada</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>← &amp;Applications</source>
        <translation>← &amp;Aplicativos</translation>
    </message>
    <message>
        <source>Back to the list of applications (Alt+Left)</source>
        <translation>Voltar à lista de aplicativos (Alt+Esquerda)</translation>
    </message>
    <message>
        <source>Totals since selection</source>
        <translation>Totais desde a seleção</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Indisponível: %1</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nada selecionado</translation>
    </message>
    <message>
        <source>Choose an application, a process or a cgroup on the Applications page.</source>
        <translation>Escolha um aplicativo, um processo ou um cgroup na página Aplicativos.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>ended: its totals until then stay</source>
        <translation>encerrado: seus totais até então permanecem</translation>
    </message>
    <message>
        <source>gone: its totals until then stay</source>
        <translation>sumiu: seus totais até então permanecem</translation>
    </message>
    <message>
        <source>totals since selection, %1 ago</source>
        <translation>totais desde a seleção, há %1</translation>
    </message>
    <message>
        <source>waiting for the first sample</source>
        <translation>aguardando a primeira amostra</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>live processes: %1</source>
        <translation>processos ativos: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — unavailable: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — indisponível: %2</translation>
    </message>
    <message>
        <source>Inspect this cgroup in the &amp;kernel…</source>
        <translation>Inspecionar este cgroup no &amp;kernel…</translation>
    </message>
    <message>
        <source>Inspect this process tree in the &amp;kernel…</source>
        <translation>Inspecionar esta árvore de processos no &amp;kernel…</translation>
    </message>
    <message>
        <source>Count this cgroup alone, in a window of its own: per-process counting in the kernel is restricted to it, other processes pay only the hook</source>
        <translation>Contar só este cgroup, numa janela própria: a contagem por processo no kernel fica restrita a ele, os outros processos pagam só o hook</translation>
    </message>
    <message>
        <source>Count this process and every process it starts, in a window of its own: per-process counting in the kernel is restricted to them</source>
        <translation>Contar este processo e todo processo que ele iniciar, numa janela própria: a contagem por processo no kernel fica restrita a eles</translation>
    </message>
</context>
<context>
    <name>kinsight::apps::ui::AppsPage</name>
    <message>
        <source>Applications</source>
        <translation>Aplicativos</translation>
    </message>
    <message>
        <source>Cgroups</source>
        <translation>Cgroups</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processos</translation>
    </message>
    <message>
        <source>Processes grouped by executable name and your grouping rules</source>
        <translation>Processos agrupados pelo nome do executável e pelas suas regras de agrupamento</translation>
    </message>
    <message>
        <source>Systemd services, sessions and containers, by name</source>
        <translation>Serviços do systemd, sessões e contêineres, por nome</translation>
    </message>
    <message>
        <source>Every process with counts, like a system monitor</source>
        <translation>Cada processo com contagens, como num monitor do sistema</translation>
    </message>
    <message>
        <source>Search: name, executable, PID, cgroup (Ctrl+F)</source>
        <translation>Pesquisar: nome, executável, PID, cgroup (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>Pesquisar aplicativos</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Valores:</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>por segundo</translation>
    </message>
    <message>
        <source>since the session began</source>
        <translation>desde o início da sessão</translation>
    </message>
    <message>
        <source>&amp;Children count for:</source>
        <translation>&amp;Filhos contam para:</translation>
    </message>
    <message>
        <source>themselves (collect pid = all)</source>
        <translation>eles mesmos (collect pid = all)</translation>
    </message>
    <message>
        <source>their real parent (real parent)</source>
        <translation>seu pai real (real parent)</translation>
    </message>
    <message>
        <source>their parent, or tracer (parent)</source>
        <translation>seu pai, ou rastreador (parent)</translation>
    </message>
    <message>
        <source>Netdata&apos;s &apos;collect pid&apos;: whose application a process&apos;s counts go to. Counts already made stay where they went; new ones follow the choice.</source>
        <translation>O &apos;collect pid&apos; do Netdata: a qual aplicativo vão as contagens de um processo. As contagens já feitas ficam onde foram; as novas seguem a escolha.</translation>
    </message>
    <message>
        <source>&amp;Grouping rules…</source>
        <translation>&amp;Regras de agrupamento…</translation>
    </message>
    <message>
        <source>&amp;Pick a process…</source>
        <translation>&amp;Escolher um processo…</translation>
    </message>
    <message>
        <source>Per-cgroup counters are off in this session.
Turn on &apos;cgroups = yes&apos; in Settings (ebpf.d.conf [global]) and start the session again to see systemd services and containers here.</source>
        <translation>Os contadores por cgroup estão desligados nesta sessão.
Ligue &apos;cgroups = yes&apos; nas Configurações (ebpf.d.conf [global]) e inicie a sessão de novo para ver aqui os serviços do systemd e os contêineres.</translation>
    </message>
    <message>
        <source>The session&apos;s setting comes from %1.</source>
        <translation>A configuração da sessão vem de %1.</translation>
    </message>
    <message>
        <source>No session yet. Applications appear once a session with per-process counters runs.</source>
        <translation>Nenhuma sessão ainda. Os aplicativos aparecem quando uma sessão com contadores por processo estiver em execução.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This session keeps no per-process counters&lt;/b&gt;, so it cannot tell applications apart. Set &lt;code&gt;apps = yes&lt;/code&gt; in Settings (ebpf.d.conf, [global]) and start the session again.</source>
        <translation>&lt;b&gt;Esta sessão não mantém contadores por processo&lt;/b&gt;, então não consegue distinguir aplicativos. Defina &lt;code&gt;apps = yes&lt;/code&gt; nas Configurações (ebpf.d.conf, [global]) e inicie a sessão de novo.</translation>
    </message>
    <message>
        <source>Open &amp;dashboard</source>
        <translation>Abrir &amp;painel</translation>
    </message>
    <message>
        <source>Open its &amp;application&apos;s dashboard (%1)</source>
        <translation>Abrir o painel do seu &amp;aplicativo (%1)</translation>
    </message>
    <message>
        <source>&amp;Copy name</source>
        <translation>&amp;Copiar nome</translation>
    </message>
    <message>
        <source>Copy cgroup &amp;path</source>
        <translation>Copiar &amp;caminho do cgroup</translation>
    </message>
    <message>
        <source>applications: %1</source>
        <translation>aplicativos: %1</translation>
    </message>
    <message>
        <source>cgroups: %1</source>
        <translation>cgroups: %1</translation>
    </message>
    <message>
        <source>processes: %1</source>
        <translation>processos: %1</translation>
    </message>
    <message>
        <source>%1, %2 shown</source>
        <translation>%1, %2 exibidos</translation>
    </message>
    <message>
        <source>live processes counted: %1</source>
        <translation>processos ativos contados: %1</translation>
    </message>
    <message>
        <source>events that found the process table full (pid table size), counted for no application: %1</source>
        <translation>eventos que encontraram a tabela de processos cheia (pid table size), contados para nenhum aplicativo: %1</translation>
    </message>
    <message>
        <source>final records of ended processes lost: %1</source>
        <translation>registros finais de processos encerrados perdidos: %1</translation>
    </message>
    <message>
        <source>Inspect this cgroup in the &amp;kernel…</source>
        <translation>Inspecionar este cgroup no &amp;kernel…</translation>
    </message>
    <message>
        <source>Inspect this process tree in the &amp;kernel…</source>
        <translation>Inspecionar esta árvore de processos no &amp;kernel…</translation>
    </message>
</context>
<context>
    <name>kinsight::apps::ui::AppsTableModel</name>
    <message>
        <source>Grouped by a rule of yours (see Grouping rules…)</source>
        <translation>Agrupado por uma regra sua (veja Regras de agrupamento…)</translation>
    </message>
    <message>
        <source>Processes running the executable %1</source>
        <translation>Processos executando o executável %1</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1 is unavailable in this session: %2</source>
        <translation>%1 está indisponível nesta sessão: %2</translation>
    </message>
    <message>
        <source>%1 events per second</source>
        <translation>%1 eventos por segundo</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicativo</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processos</translation>
    </message>
    <message>
        <source>Cgroup</source>
        <translation>Cgroup</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>%1 /s</source>
        <translation>%1 /s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unavailable in this session: %1</source>
        <translation>Indisponível nesta sessão: %1</translation>
    </message>
    <message>
        <source>Events per second over the last %1 samples (calls, pages, lookups; bytes left out)</source>
        <translation>Eventos por segundo nas últimas %1 amostras (chamadas, páginas, buscas; bytes de fora)</translation>
    </message>
</context>
<context>
    <name>kinsight::apps::ui::MetricTotalsModel</name>
    <message>
        <source>Counted since this dashboard was opened</source>
        <translation>Contado desde que este painel foi aberto</translation>
    </message>
    <message>
        <source>Per second over the last interval</source>
        <translation>Por segundo no último intervalo</translation>
    </message>
    <message>
        <source>Counted since the session began (for a process: since it started, if later)</source>
        <translation>Contado desde o início da sessão (para um processo: desde que ele começou, se depois)</translation>
    </message>
    <message>
        <source>Since start</source>
        <translation>Desde o início</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Indisponível: %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Since selection</source>
        <translation>Desde a seleção</translation>
    </message>
    <message>
        <source>Last interval</source>
        <translation>Último intervalo</translation>
    </message>
</context>
<context>
    <name>kinsight::apps::ui::ProcessPickerDialog</name>
    <message>
        <source>Pick a process</source>
        <translation>Escolher um processo</translation>
    </message>
    <message>
        <source>Search: PID, name, executable, application, cgroup</source>
        <translation>Pesquisar: PID, nome, executável, aplicativo, cgroup</translation>
    </message>
    <message>
        <source>Search processes</source>
        <translation>Pesquisar processos</translation>
    </message>
    <message>
        <source>Open &amp;dashboard</source>
        <translation>Abrir &amp;painel</translation>
    </message>
</context>
<context>
    <name>kinsight::apps::ui::RulesEditorDialog</name>
    <message>
        <source>Grouping rules</source>
        <translation>Regras de agrupamento</translation>
    </message>
    <message>
        <source>Processes are grouped into applications by executable name. Each line &lt;code&gt;application: pattern pattern …&lt;/code&gt; merges names into one application; patterns are shell globs (&lt;code&gt;*&lt;/code&gt; &lt;code&gt;?&lt;/code&gt; &lt;code&gt;[…]&lt;/code&gt;) on the task or executable name, or on the executable&apos;s path when they contain a &lt;code&gt;/&lt;/code&gt;. The first matching line wins; &lt;code&gt;#&lt;/code&gt; starts a comment.</source>
        <translation>Os processos são agrupados em aplicativos pelo nome do executável. Cada linha &lt;code&gt;aplicativo: padrão padrão …&lt;/code&gt; junta nomes num único aplicativo; os padrões são globs de shell (&lt;code&gt;*&lt;/code&gt; &lt;code&gt;?&lt;/code&gt; &lt;code&gt;[…]&lt;/code&gt;) sobre o nome da tarefa ou do executável, ou sobre o caminho do executável quando contêm uma &lt;code&gt;/&lt;/code&gt;. A primeira linha que casar vence; &lt;code&gt;#&lt;/code&gt; inicia um comentário.</translation>
    </message>
    <message>
        <source>a task name (cc1plus) or an executable path (/usr/bin/gcc-12)</source>
        <translation>um nome de tarefa (cc1plus) ou um caminho de executável (/usr/bin/gcc-12)</translation>
    </message>
    <message>
        <source>&amp;Test a process:</source>
        <translation>&amp;Testar um processo:</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Salvo em %1</translation>
    </message>
    <message>
        <source>Kinsight&apos;s defaults; Save writes them to %1</source>
        <translation>Padrões do Kinsight; Salvar os grava em %1</translation>
    </message>
    <message>
        <source>Regroup the Applications page now, without saving</source>
        <translation>Reagrupar a página Aplicativos agora, sem salvar</translation>
    </message>
    <message>
        <source>Regroup now and keep these rules for next time</source>
        <translation>Reagrupar agora e manter estas regras para a próxima vez</translation>
    </message>
    <message>
        <source>Lines that will be skipped:
%1</source>
        <translation>Linhas que serão ignoradas:
%1</translation>
    </message>
    <message>
        <source>→ %1 (rule on line %2)</source>
        <translation>→ %1 (regra na linha %2)</translation>
    </message>
    <message>
        <source>→ %1 (no rule: its executable&apos;s name)</source>
        <translation>→ %1 (nenhuma regra: o nome do seu executável)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
    <message>
        <source>Rules: %1, no problems.</source>
        <translation>Regras: %1, nenhum problema.</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::AttachDetailsDialog</name>
    <message>
        <source>Attach details</source>
        <translation>Detalhes de anexação</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copiar como texto</translation>
    </message>
    <message>
        <source>Kernel %1, attach policy &quot;%2&quot;, load mode &quot;%3&quot;. Each hook uses the first variant that loads and attaches, cheapest first; the rejected ones are listed under it.</source>
        <translation>Kernel %1, política de anexação &quot;%2&quot;, modo de carga &quot;%3&quot;. Cada hook usa a primeira variante que carrega e se anexa, a mais barata primeiro; as rejeitadas aparecem abaixo dela.</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::AttachDetailsModel</name>
    <message>
        <source>Module / hook / variant</source>
        <translation>Módulo / hook / variante</translation>
    </message>
    <message>
        <source>Attached with</source>
        <translation>Anexado com</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Família</translation>
    </message>
    <message>
        <source>Note or reason</source>
        <translation>Observação ou motivo</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>carregado</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>não carregado</translation>
    </message>
    <message>
        <source>not attached</source>
        <translation>não anexado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeitado</translation>
    </message>
    <message>
        <source>counter %1</source>
        <translation>contador %1</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponível</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::AttachMatrixModel</name>
    <message>
        <source>not offered</source>
        <translation>não oferecido</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>anexado</translation>
    </message>
    <message>
        <source>attached, partly</source>
        <translation>anexado, em parte</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>%1 has no hooks in the %2 family.</source>
        <translation>%1 não tem hooks na família %2.</translation>
    </message>
    <message>
        <source>%1 loads and attaches through the %2 family.</source>
        <translation>%1 carrega e se anexa pela família %2.</translation>
    </message>
    <message>
        <source>%1 fails in the %2 family.</source>
        <translation>%1 falha na família %2.</translation>
    </message>
    <message>
        <source>Unavailable in this family:</source>
        <translation>Indisponível nesta família:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por quê:</translation>
    </message>
    <message>
        <source>%1 via %2: %3</source>
        <translation>%1 via %2: %3</translation>
    </message>
    <message>
        <source>Trampoline (fentry)</source>
        <translation>Trampolim (fentry)</translation>
    </message>
    <message>
        <source>Tracepoint (tp_btf, raw_tp, classic)</source>
        <translation>Tracepoint (tp_btf, raw_tp, clássico)</translation>
    </message>
    <message>
        <source>Probe (kprobe)</source>
        <translation>Sonda (kprobe)</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::ChartCard</name>
    <message>
        <source>Chart %1 of module %2: how long each event took, counted per latency bin (%3)</source>
        <translation>Gráfico %1 do módulo %2: quanto tempo cada evento levou, contado por faixa de latência (%3)</translation>
    </message>
    <message>
        <source>Chart %1 of module %2: percentages of each interval, not rates</source>
        <translation>Gráfico %1 do módulo %2: percentuais de cada intervalo, não taxas</translation>
    </message>
    <message>
        <source>Chart %1 of module %2: values in %3, not rates</source>
        <translation>Gráfico %1 do módulo %2: valores em %3, não taxas</translation>
    </message>
    <message>
        <source>Chart %1 of module %2: rates in %3</source>
        <translation>Gráfico %1 do módulo %2: taxas em %3</translation>
    </message>
    <message>
        <source>One line per key of table &quot;%1&quot;; new keys join as they are seen.</source>
        <translation>Uma linha por chave da tabela &quot;%1&quot;; novas chaves entram assim que aparecem.</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::ChartCatalog</name>
    <message>
        <source>%1: a chart for each key of table &quot;%2&quot; appears here once the collector has seen one.</source>
        <translation>%1: um gráfico para cada chave da tabela &quot;%2&quot; aparece aqui assim que o coletor vir uma.</translation>
    </message>
    <message>
        <source>%1: not measured in this session: %2</source>
        <translation>%1: não medido nesta sessão: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>errors are counted only in load mode &quot;return&quot;; this session uses &quot;%1&quot;</source>
        <translation>erros são contados apenas no modo de carga &quot;return&quot;; esta sessão usa &quot;%1&quot;</translation>
    </message>
    <message>
        <source>module %1 is not loaded</source>
        <translation>o módulo %1 não está carregado</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::ChartWidget</name>
    <message>
        <source>Choose the lines this chart draws; the largest ones in the window are drawn until you choose</source>
        <translation>Escolha as linhas que este gráfico desenha; até lá, são desenhadas as maiores da janela</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — unavailable: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — indisponível: %2</translation>
    </message>
    <message>
        <source>Not measured in this session.</source>
        <translation>Não medido nesta sessão.</translation>
    </message>
    <message>
        <source>Lines: %1 of %2, as chosen</source>
        <translation>Linhas: %1 de %2, conforme escolhido</translation>
    </message>
    <message>
        <source>Lines: the top %1 of %2 by average in the window</source>
        <translation>Linhas: as %1 maiores de %2 pela média na janela</translation>
    </message>
    <message>
        <source>Draw the top %1 by average</source>
        <translation>Desenhar as %1 maiores pela média</translation>
    </message>
    <message>
        <source>%1 — average %2</source>
        <translation>%1 — média %2</translation>
    </message>
    <message>
        <source>No key of table &quot;%1&quot; seen yet</source>
        <translation>Nenhuma chave da tabela &quot;%1&quot; vista ainda</translation>
    </message>
    <message>
        <source>No samples in this time window</source>
        <translation>Nenhuma amostra nesta janela de tempo</translation>
    </message>
    <message>
        <source>Waiting for the first interval…</source>
        <translation>Aguardando o primeiro intervalo…</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>sem valor</translation>
    </message>
    <message numerus="yes">
        <source>%n more not drawn</source>
        <translation>
            <numerusform>mais %n não desenhada</numerusform>
            <numerusform>mais %n não desenhadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinsight::gui::CheckDetailsPanel</name>
    <message>
        <source>Check details</source>
        <translation>Detalhes da verificação</translation>
    </message>
    <message>
        <source>&amp;Mount tracefs now</source>
        <translation>&amp;Montar tracefs agora</translation>
    </message>
    <message>
        <source>&amp;Mount debugfs now</source>
        <translation>&amp;Montar debugfs agora</translation>
    </message>
    <message>
        <source>&amp;Mount securityfs now</source>
        <translation>&amp;Montar securityfs agora</translation>
    </message>
    <message>
        <source>&amp;Fix now</source>
        <translation>&amp;Corrigir agora</translation>
    </message>
    <message>
        <source>Working… (authenticate if asked)</source>
        <translation>Trabalhando… (autentique-se se for solicitado)</translation>
    </message>
    <message>
        <source>Select a check to see what it found, why it matters and how to fix it.</source>
        <translation>Selecione uma verificação para ver o que ela encontrou, por que importa e como corrigir.</translation>
    </message>
    <message>
        <source>Check id: %1</source>
        <translation>ID da verificação: %1</translation>
    </message>
    <message>
        <source>Unknown until kinsight-helper answers: reading this needs root, which the helper has once polkit allows the action %1.</source>
        <translation>Desconhecido até o kinsight-helper responder: ler isto exige root, que o auxiliar tem quando o polkit permite a ação %1.</translation>
    </message>
    <message>
        <source>Ask the helper</source>
        <translation>Perguntar ao auxiliar</translation>
    </message>
    <message>
        <source>Ask kinsight-helper for what only root can read; you may be asked to authenticate.</source>
        <translation>Perguntar ao kinsight-helper o que só o root pode ler; talvez seja preciso autenticar-se.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Como corrigir</translation>
    </message>
    <message>
        <source>kinsight-helper does this as root (fix %1) once polkit allows the action %2.</source>
        <translation>O kinsight-helper faz isto como root (correção %1) quando o polkit permite a ação %2.</translation>
    </message>
    <message>
        <source>Done by kinsight-helper as root; you may be asked to authenticate (polkit action %1). A mount lasts until the next reboot: the fstab line below makes it permanent.</source>
        <translation>Feito pelo kinsight-helper como root; talvez seja preciso autenticar-se (ação do polkit %1). Uma montagem dura até a próxima reinicialização: a linha do fstab abaixo a torna permanente.</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por que importa</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Copiar: %1</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Copiar para a área de transferência</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::CheckListModel</name>
    <message>
        <source>Kernel and BTF</source>
        <translation>Kernel e BTF</translation>
    </message>
    <message>
        <source>Kernel configuration</source>
        <translation>Configuração do kernel</translation>
    </message>
    <message>
        <source>Tracing file systems</source>
        <translation>Sistemas de arquivos de rastreamento</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Live attach matrix</source>
        <translation>Matriz de anexação ao vivo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erro</numerusform>
            <numerusform>%n erros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown until the helper answers</source>
        <translation>
            <numerusform>%n desconhecida até o auxiliar responder</numerusform>
            <numerusform>%n desconhecidas até o auxiliar responder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n desconhecida</numerusform>
            <numerusform>%n desconhecidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n OK</source>
        <translation>
            <numerusform>%n OK</numerusform>
            <numerusform>%n OK</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Needs the helper</source>
        <translation>Precisa do auxiliar</translation>
    </message>
    <message>
        <source>Needs kinsight-helper (polkit action %1) to be known.</source>
        <translation>Precisa do kinsight-helper (ação do polkit %1) para ser conhecido.</translation>
    </message>
    <message>
        <source>The helper can fix this (%1).</source>
        <translation>O auxiliar pode corrigir isto (%1).</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::CostHistory</name>
    <message>
        <source>CPU used by measuring</source>
        <translation>CPU usada pela medição</translation>
    </message>
    <message>
        <source>BPF programs</source>
        <translation>Programas BPF</translation>
    </message>
    <message>
        <source>helper process</source>
        <translation>processo auxiliar</translation>
    </message>
    <message>
        <source>Memory used by measuring</source>
        <translation>Memória usada pela medição</translation>
    </message>
    <message>
        <source>BPF maps (kernel)</source>
        <translation>Mapas BPF (kernel)</translation>
    </message>
    <message>
        <source>helper RSS</source>
        <translation>RSS do auxiliar</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::CostModuleModel</name>
    <message>
        <source>%1: %2, up to %3 entries</source>
        <translation>%1: %2, até %3 entradas</translation>
    </message>
    <message>
        <source>No run in the last interval</source>
        <translation>Nenhuma execução no último intervalo</translation>
    </message>
    <message>
        <source>Not measured: the kernel is not recording BPF run-time statistics</source>
        <translation>Não medido: o kernel não está registrando estatísticas de tempo de execução do BPF</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Runs/s</source>
        <translation>Execuções/s</translation>
    </message>
    <message>
        <source>ns/run</source>
        <translation>ns/execução</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Mapas</translation>
    </message>
    <message>
        <source>Kernel memory</source>
        <translation>Memória do kernel</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::CostPage</name>
    <message>
        <source>Collector cost</source>
        <translation>Custo dos coletores</translation>
    </message>
    <message>
        <source>BPF programs</source>
        <translation>Programas BPF</translation>
    </message>
    <message>
        <source>Kernel memory (BPF maps)</source>
        <translation>Memória do kernel (mapas BPF)</translation>
    </message>
    <message>
        <source>Helper process</source>
        <translation>Processo auxiliar</translation>
    </message>
    <message>
        <source>Process table</source>
        <translation>Tabela de processos</translation>
    </message>
    <message>
        <source>Process table fill</source>
        <translation>Ocupação da tabela de processos</translation>
    </message>
    <message>
        <source>Per module</source>
        <translation>Por módulo</translation>
    </message>
    <message>
        <source>Cost per module</source>
        <translation>Custo por módulo</translation>
    </message>
    <message>
        <source>Per BPF program</source>
        <translation>Por programa BPF</translation>
    </message>
    <message>
        <source>Cost per BPF program</source>
        <translation>Custo por programa BPF</translation>
    </message>
    <message>
        <source>No session: the cost of measuring shows here while one runs.</source>
        <translation>Nenhuma sessão: o custo da medição aparece aqui enquanto uma estiver em execução.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No cost data in this stream.&lt;/b&gt; A recording made without &lt;tt&gt;--cost&lt;/tt&gt;, or a helper that does not report what measuring costs, has none to show.</source>
        <translation>&lt;b&gt;Nenhum dado de custo neste fluxo.&lt;/b&gt; Uma gravação feita sem &lt;tt&gt;--cost&lt;/tt&gt;, ou um auxiliar que não informa o custo da medição, não tem nada a mostrar.</translation>
    </message>
    <message>
        <source>Asking the helper what measuring costs… the first numbers come after two intervals.</source>
        <translation>Perguntando ao auxiliar quanto custa a medição… os primeiros números chegam após dois intervalos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;BPF run-time statistics are unavailable:&lt;/b&gt; the kernel is not counting the programs&apos; runs (that needs Linux 5.8 or later for BPF_ENABLE_STATS, or kernel.bpf_stats_enabled = 1). Runs, time per run and CPU of the programs are not shown; kernel memory, the helper and the process table are.</source>
        <translation>&lt;b&gt;As estatísticas de tempo de execução do BPF estão indisponíveis:&lt;/b&gt; o kernel não está contando as execuções dos programas (isso exige Linux 5.8 ou posterior para BPF_ENABLE_STATS, ou kernel.bpf_stats_enabled = 1). Execuções, tempo por execução e CPU dos programas não são mostrados; memória do kernel, o auxiliar e a tabela de processos, sim.</translation>
    </message>
    <message>
        <source>&lt;b&gt;BPF run-time statistics are on while this page is shown&lt;/b&gt; and off when you leave it: counting adds about 20 ns to every program run. The time is the programs&apos; bodies only, not the attach mechanism (trampoline, tracepoint or kprobe entry) around them.</source>
        <translation>&lt;b&gt;As estatísticas de tempo de execução do BPF ficam ligadas enquanto esta página é exibida&lt;/b&gt; e desligadas quando você sai dela: a contagem acrescenta cerca de 20 ns a cada execução de programa. O tempo é só o do corpo dos programas, não o do mecanismo de anexação (trampolim, tracepoint ou entrada de kprobe) ao redor.</translation>
    </message>
    <message>
        <source>%1 CPU · %2 runs/s</source>
        <translation>%1 CPU · %2 execuções/s</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>não medido</translation>
    </message>
    <message>
        <source>All BPF programs of this session together, as a share of one CPU core</source>
        <translation>Todos os programas BPF desta sessão juntos, como fração de um núcleo de CPU</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n maps</source>
        <translation>
            <numerusform>%1 em %n mapa</numerusform>
            <numerusform>%1 em %n mapas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 CPU · %2 RSS</source>
        <translation>%1 CPU · %2 RSS</translation>
    </message>
    <message>
        <source>The process that reads the maps every interval: its CPU as a share of one core, and its resident memory</source>
        <translation>O processo que lê os mapas a cada intervalo: sua CPU como fração de um núcleo e sua memória residente</translation>
    </message>
    <message>
        <source>%1 of %2 rows (%3 %)</source>
        <translation>%1 de %2 linhas (%3 %)</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 linhas</translation>
    </message>
    <message>
        <source>Processes with a row in the per-process tables (the fullest module) against the pid table size; a full table leaves new processes uncounted</source>
        <translation>Processos com uma linha nas tabelas por processo (o módulo mais cheio) em relação ao &quot;pid table size&quot;; uma tabela cheia deixa novos processos sem contagem</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::CostProgramModel</name>
    <message>
        <source>Not measured: the kernel is not recording BPF run-time statistics</source>
        <translation>Não medido: o kernel não está registrando estatísticas de tempo de execução do BPF</translation>
    </message>
    <message>
        <source>No run in the last interval</source>
        <translation>Nenhuma execução no último intervalo</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>BPF program</source>
        <translation>Programa BPF</translation>
    </message>
    <message>
        <source>Runs/s</source>
        <translation>Execuções/s</translation>
    </message>
    <message>
        <source>ns/run</source>
        <translation>ns/execução</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Times the program ran per second in the last interval</source>
        <translation>Vezes por segundo que o programa executou no último intervalo</translation>
    </message>
    <message>
        <source>Average time of one run of the program&apos;s body (not the attach mechanism)</source>
        <translation>Tempo médio de uma execução do corpo do programa (sem o mecanismo de anexação)</translation>
    </message>
    <message>
        <source>Time in the program&apos;s body as a share of one CPU core</source>
        <translation>Tempo no corpo do programa como fração de um núcleo de CPU</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::Diagnostics</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::DiagnosticsController</name>
    <message numerus="yes">
        <source>kinsight-helper is not used here: %n check(s) stay unknown.</source>
        <translation>
            <numerusform>O kinsight-helper não é usado aqui: %n verificação continua desconhecida.</numerusform>
            <numerusform>O kinsight-helper não é usado aqui: %n verificações continuam desconhecidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) need kinsight-helper (polkit action %1).</source>
        <translation>
            <numerusform>%n verificação precisa do kinsight-helper (ação do polkit %1).</numerusform>
            <numerusform>%n verificações precisam do kinsight-helper (ação do polkit %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>kinsight-helper has not been asked.</source>
        <translation>O kinsight-helper não foi consultado.</translation>
    </message>
    <message>
        <source>Asking kinsight-helper… you may be asked to authenticate as an administrator.</source>
        <translation>Consultando o kinsight-helper… talvez seja preciso autenticar-se como administrador.</translation>
    </message>
    <message>
        <source>Asking kinsight-helper…</source>
        <translation>Consultando o kinsight-helper…</translation>
    </message>
    <message>
        <source>kinsight-helper answered at %1: lockdown, SELinux audit log and the live attach matrix (load mode %2) are included.</source>
        <translation>O kinsight-helper respondeu às %1: lockdown, log de auditoria do SELinux e a matriz de anexação ao vivo (modo de carga %2) estão incluídos.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) still need the helper.</source>
        <translation>
            <numerusform>%n verificação ainda precisa do auxiliar.</numerusform>
            <numerusform>%n verificações ainda precisam do auxiliar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) need kinsight-helper, which needs you to authenticate first (polkit action %1).</source>
        <translation>
            <numerusform>%n verificação precisa do kinsight-helper, que exige que você se autentique primeiro (ação do polkit %1).</numerusform>
            <numerusform>%n verificações precisam do kinsight-helper, que exige que você se autentique primeiro (ação do polkit %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinsight::gui::DiagnosticsPage</name>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Executar de novo</translation>
    </message>
    <message>
        <source>Read this machine&apos;s state again and rerun every check</source>
        <translation>Ler de novo o estado desta máquina e refazer cada verificação</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar relatório</translation>
    </message>
    <message>
        <source>Copy every check as Markdown, to paste into a bug report</source>
        <translation>Copiar todas as verificações como Markdown, para colar em um relatório de erro</translation>
    </message>
    <message>
        <source>Save re&amp;port…</source>
        <translation>Salvar re&amp;latório…</translation>
    </message>
    <message>
        <source>Save the report as Markdown, JSON or plain text</source>
        <translation>Salvar o relatório como Markdown, JSON ou texto simples</translation>
    </message>
    <message>
        <source>&amp;Ask the helper…</source>
        <translation>&amp;Perguntar ao auxiliar…</translation>
    </message>
    <message>
        <source>Ask kinsight-helper for the lockdown mode, the audit log&apos;s BPF denials and the live attach matrix; you may be asked to authenticate</source>
        <translation>Perguntar ao kinsight-helper o modo de lockdown, as negações de BPF no log de auditoria e a matriz de anexação ao vivo; talvez seja preciso autenticar-se</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificações</translation>
    </message>
    <message>
        <source>Chec&amp;ks</source>
        <translation>&amp;Verificações</translation>
    </message>
    <message>
        <source>&amp;Load mode:</source>
        <translation>Modo de &amp;carga:</translation>
    </message>
    <message>
        <source>entry (counts calls)</source>
        <translation>entry (conta chamadas)</translation>
    </message>
    <message>
        <source>return (also counts errors)</source>
        <translation>return (também conta erros)</translation>
    </message>
    <message>
        <source>The matrix is measured per load mode: &apos;return&apos; also attaches the return hooks</source>
        <translation>A matriz é medida por modo de carga: &apos;return&apos; também anexa os hooks de retorno</translation>
    </message>
    <message>
        <source>Attach matrix</source>
        <translation>Matriz de anexação</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>Moti&amp;vo:</translation>
    </message>
    <message>
        <source>Reason of the selected cell</source>
        <translation>Motivo da célula selecionada</translation>
    </message>
    <message>
        <source>Select a cell to read why the module attached, or did not, in that family.</source>
        <translation>Selecione uma célula para ler por que o módulo se anexou, ou não, naquela família.</translation>
    </message>
    <message>
        <source>Attach ma&amp;trix</source>
        <translation>Ma&amp;triz de anexação</translation>
    </message>
    <message>
        <source>Copied to the clipboard: %1</source>
        <translation>Copiado para a área de transferência: %1</translation>
    </message>
    <message>
        <source>Running the checks…</source>
        <translation>Executando as verificações…</translation>
    </message>
    <message>
        <source>Monitoring is possible on this machine</source>
        <translation>O monitoramento é possível nesta máquina</translation>
    </message>
    <message>
        <source>Monitoring is blocked by: %1</source>
        <translation>O monitoramento está bloqueado por: %1</translation>
    </message>
    <message>
        <source>%1 OK, %2 warning(s), %3 error(s), %4 unknown — checked at %5</source>
        <translation>%1 OK, %2 aviso(s), %3 erro(s), %4 desconhecido(s) — verificado às %5</translation>
    </message>
    <message>
        <source>(running again…)</source>
        <translation>(executando de novo…)</translation>
    </message>
    <message>
        <source>&amp;Ask the helper again</source>
        <translation>&amp;Perguntar ao auxiliar de novo</translation>
    </message>
    <message>
        <source>%1: asking kinsight-helper… you may be asked to authenticate.</source>
        <translation>%1: consultando o kinsight-helper… talvez seja preciso autenticar-se.</translation>
    </message>
    <message>
        <source>%1 failed. %2</source>
        <translation>%1 falhou. %2</translation>
    </message>
    <message>
        <source>Mounting tracefs</source>
        <translation>Montagem do tracefs</translation>
    </message>
    <message>
        <source>Mounting debugfs</source>
        <translation>Montagem do debugfs</translation>
    </message>
    <message>
        <source>Mounting securityfs</source>
        <translation>Montagem do securityfs</translation>
    </message>
    <message>
        <source>The fix %1</source>
        <translation>A correção %1</translation>
    </message>
    <message>
        <source>What kinsight-helper actually loaded and attached on kernel %1 (load mode %2): %3 modules. Select a cell for the reason.</source>
        <translation>O que o kinsight-helper de fato carregou e anexou no kernel %1 (modo de carga %2): %3 módulos. Selecione uma célula para ver o motivo.</translation>
    </message>
    <message>
        <source>Not built into this helper: %1.</source>
        <translation>Não incluído neste auxiliar: %1.</translation>
    </message>
    <message>
        <source>kinsight-helper loads nothing on this kernel: no usable BTF (%1).</source>
        <translation>O kinsight-helper não carrega nada neste kernel: nenhum BTF utilizável (%1).</translation>
    </message>
    <message>
        <source>Asking kinsight-helper to load and attach every module in each family…</source>
        <translation>Pedindo ao kinsight-helper que carregue e anexe cada módulo em cada família…</translation>
    </message>
    <message>
        <source>No attach matrix yet: only kinsight-helper can load BPF programs to find out which module attaches through which family (polkit action %1). %2</source>
        <translation>Ainda não há matriz de anexação: só o kinsight-helper pode carregar programas BPF para descobrir qual módulo se anexa por qual família (ação do polkit %1). %2</translation>
    </message>
    <message numerus="yes">
        <source>The report (Markdown, %n check(s)) is on the clipboard.</source>
        <translation>
            <numerusform>O relatório (Markdown, %n verificação) está na área de transferência.</numerusform>
            <numerusform>O relatório (Markdown, %n verificações) está na área de transferência.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the report to %1: %2</source>
        <translation>Não foi possível salvar o relatório em %1: %2</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Relatório salvo em %1</translation>
    </message>
    <message>
        <source>Save the diagnostics report</source>
        <translation>Salvar o relatório de diagnóstico</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json);;Plain text (*.txt)</source>
        <translation>Markdown (*.md);;JSON (*.json);;Texto simples (*.txt)</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::DiffDialog</name>
    <message>
        <source>Review changes before saving</source>
        <translation>Revisar as alterações antes de salvar</translation>
    </message>
    <message>
        <source>Changes to save</source>
        <translation>Alterações a salvar</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s)</source>
        <translation>
            <numerusform>%1 tem %n erro</numerusform>
            <numerusform>%1 tem %n erros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1 change: </source>
        <translation>
            <numerusform>%n arquivo em %1 muda: </numerusform>
            <numerusform>%n arquivos em %1 mudam: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added, </source>
        <translation>
            <numerusform>%n linha adicionada, </numerusform>
            <numerusform>%n linhas adicionadas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed.</source>
        <translation>
            <numerusform>%n removida.</numerusform>
            <numerusform>%n removidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not possible yet: %1. Fix them in the Text view.</source>
        <translation>Ainda não é possível: %1. Corrija-os na visualização Texto.</translation>
    </message>
    <message>
        <source>Saving asks kinsight-helper to write them (you may be asked to authenticate); the previous version of each file is kept as .bak, and running sessions apply the change at once.</source>
        <translation>Salvar pede ao kinsight-helper que os grave (talvez seja preciso autenticar-se); a versão anterior de cada arquivo é mantida como .bak, e as sessões em execução aplicam a alteração na hora.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::HeatmapView</name>
    <message>
        <source>+∞</source>
        <translation>+∞</translation>
    </message>
    <message>
        <source>Latency %1 (bin %2)</source>
        <translation>Latência %1 (faixa %2)</translation>
    </message>
    <message>
        <source>%1 events in %2 s (%3)</source>
        <translation>%1 eventos em %2 s (%3)</translation>
    </message>
    <message>
        <source>This interval: %1 events, p50 in %2, p99 in %3</source>
        <translation>Este intervalo: %1 eventos, p50 em %2, p99 em %3</translation>
    </message>
    <message>
        <source>Waiting for the first interval…</source>
        <translation>Aguardando o primeiro intervalo…</translation>
    </message>
    <message>
        <source>No samples in this time window</source>
        <translation>Nenhuma amostra nesta janela de tempo</translation>
    </message>
    <message>
        <source>No events in this time window</source>
        <translation>Nenhum evento nesta janela de tempo</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>share of the window</source>
        <translation>fração da janela</translation>
    </message>
    <message>
        <source>fewer</source>
        <translation>menos</translation>
    </message>
    <message>
        <source>more, up to %1 per bin</source>
        <translation>mais, até %1 por faixa</translation>
    </message>
    <message>
        <source>more events per bin</source>
        <translation>mais eventos por faixa</translation>
    </message>
    <message>
        <source>p50 bin</source>
        <translation>faixa do p50</translation>
    </message>
    <message>
        <source>p99 bin</source>
        <translation>faixa do p99</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::HistogramBins</name>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::HistogramWidget</name>
    <message>
        <source>Latency distribution of %1 over time</source>
        <translation>Distribuição de latência de %1 ao longo do tempo</translation>
    </message>
    <message>
        <source>In the window: %1 events · p50 in %2 · p99 in %3 · slowest in %4</source>
        <translation>Na janela: %1 eventos · p50 em %2 · p99 em %3 · mais lento em %4</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::MainWindow</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Open recording…</source>
        <translation>&amp;Abrir gravação…</translation>
    </message>
    <message>
        <source>&amp;Replay from the start</source>
        <translation>&amp;Reproduzir desde o início</translation>
    </message>
    <message>
        <source>Start a &amp;live session</source>
        <translation>Iniciar uma sessão ao &amp;vivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>Freeze the charts; samples keep arriving and show on resume (Ctrl+P)</source>
        <translation>Congelar os gráficos; as amostras continuam chegando e aparecem ao retomar (Ctrl+P)</translation>
    </message>
    <message>
        <source>Collector &amp;cost</source>
        <translation>Cus&amp;to dos coletores</translation>
    </message>
    <message>
        <source>What measuring costs: BPF programs, kernel memory, the helper (Ctrl+Shift+C)</source>
        <translation>Quanto custa a medição: programas BPF, memória do kernel, o auxiliar (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <source>Edit the collector settings, ebpf.d.conf (Ctrl+,)</source>
        <translation>Editar as configurações dos coletores, ebpf.d.conf (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnóstico</translation>
    </message>
    <message>
        <source>Check this kernel&apos;s eBPF readiness and fix what is missing (Ctrl+Shift+D)</source>
        <translation>Verificar se este kernel está pronto para eBPF e corrigir o que falta (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Time &amp;window</source>
        <translation>&amp;Janela de tempo</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Janela de tempo</translation>
    </message>
    <message>
        <source>How much history the charts show (Ctrl+1 … Ctrl+4)</source>
        <translation>Quanto histórico os gráficos mostram (Ctrl+1 … Ctrl+4)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessão</translation>
    </message>
    <message>
        <source>&amp;Attach details…</source>
        <translation>&amp;Detalhes de anexação…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About Kinsight</source>
        <translation>&amp;Sobre o Kinsight</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Janela:</translation>
    </message>
    <message>
        <source>Open a recording</source>
        <translation>Abrir uma gravação</translation>
    </message>
    <message>
        <source>Kinsight recordings (*.ksrec);;All files (*)</source>
        <translation>Gravações do Kinsight (*.ksrec);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot open the recording</source>
        <translation>Não é possível abrir a gravação</translation>
    </message>
    <message>
        <source>Waiting for the session&apos;s description…</source>
        <translation>Aguardando a descrição da sessão…</translation>
    </message>
    <message>
        <source>recording %1</source>
        <translation>gravação %1</translation>
    </message>
    <message>
        <source>live, kernel %1</source>
        <translation>ao vivo, kernel %1</translation>
    </message>
    <message>
        <source>live</source>
        <translation>ao vivo</translation>
    </message>
    <message>
        <source>Kinsight — %1</source>
        <translation>Kinsight — %1</translation>
    </message>
    <message>
        <source>About Kinsight</source>
        <translation>Sobre o Kinsight</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kinsight %1&lt;/h3&gt;&lt;p&gt;How applications interact with the Linux kernel, live, measured with eBPF.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kinsight %1&lt;/h3&gt;&lt;p&gt;Como os aplicativos interagem com o kernel Linux, ao vivo, medido com eBPF.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Aplicativos</translation>
    </message>
    <message>
        <source>Applications, cgroups and processes, and one application&apos;s dashboard (Ctrl+Shift+A)</source>
        <translation>Aplicativos, cgroups e processos, e o painel de um aplicativo (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Launch and &amp;inspect…</source>
        <translation>Iniciar e in&amp;specionar…</translation>
    </message>
    <message>
        <source>Run a program as you and count it and every process it starts, from its exec on (Ctrl+L)</source>
        <translation>Executar um programa como você e contá-lo com cada processo que ele iniciar, a partir do seu exec (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::NavigationModel</name>
    <message>
        <source>Section</source>
        <translation>Seção</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>The collector settings (ebpf.d.conf)</source>
        <translation>As configurações dos coletores (ebpf.d.conf)</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Is this kernel ready for eBPF, and how to fix what is missing</source>
        <translation>Este kernel está pronto para eBPF, e como corrigir o que falta</translation>
    </message>
    <message>
        <source>Charts: %1</source>
        <translation>Gráficos: %1</translation>
    </message>
    <message>
        <source>System Overview</source>
        <translation>Visão geral do sistema</translation>
    </message>
    <message>
        <source>The headline charts of this session</source>
        <translation>Os gráficos principais desta sessão</translation>
    </message>
    <message>
        <source>Collector cost</source>
        <translation>Custo dos coletores</translation>
    </message>
    <message>
        <source>What measuring costs: BPF program run time, kernel memory, the helper</source>
        <translation>Quanto custa a medição: tempo de execução dos programas BPF, memória do kernel, o auxiliar</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Aplicativos</translation>
    </message>
    <message>
        <source>What each application, cgroup and process does with the kernel</source>
        <translation>O que cada aplicativo, cgroup e processo faz com o kernel</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::OverviewPage</name>
    <message>
        <source>System Overview</source>
        <translation>Visão geral do sistema</translation>
    </message>
    <message>
        <source>Kernel &lt;b&gt;%1&lt;/b&gt; · load mode &lt;b&gt;%2&lt;/b&gt; · attach &lt;b&gt;%3&lt;/b&gt; · every &lt;b&gt;%4 s&lt;/b&gt;&lt;br&gt;Modules: %5</source>
        <translation>Kernel &lt;b&gt;%1&lt;/b&gt; · modo de carga &lt;b&gt;%2&lt;/b&gt; · anexação &lt;b&gt;%3&lt;/b&gt; · a cada &lt;b&gt;%4 s&lt;/b&gt;&lt;br&gt;Módulos: %5</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::PatternRuleModel</name>
    <message>
        <source>no effect: rule %1 covers it</source>
        <translation>sem efeito: a regra %1 já cobre</translation>
    </message>
    <message>
        <source>not used: &apos;resolve hostnames&apos; is no</source>
        <translation>não usado: &apos;resolve hostnames&apos; é no</translation>
    </message>
    <message>
        <source>ports</source>
        <translation>ports</translation>
    </message>
    <message>
        <source>ips</source>
        <translation>ips</translation>
    </message>
    <message>
        <source>hostnames</source>
        <translation>hostnames</translation>
    </message>
    <message>
        <source>drops</source>
        <translation>descarta</translation>
    </message>
    <message>
        <source>keeps</source>
        <translation>mantém</translation>
    </message>
    <message>
        <source>would keep, but host names are not used</source>
        <translation>manteria, mas nomes de host não são usados</translation>
    </message>
    <message>
        <source>would drop, but host names are not used</source>
        <translation>descartaria, mas nomes de host não são usados</translation>
    </message>
    <message>
        <source>decides: kept</source>
        <translation>decide: mantida</translation>
    </message>
    <message>
        <source>decides: dropped</source>
        <translation>decide: descartada</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Efeito</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::PatternTester</name>
    <message>
        <source>e.g. 443 or https</source>
        <translation>p. ex. 443 ou https</translation>
    </message>
    <message>
        <source>e.g. 10.1.2.3 or 2001:db8::1</source>
        <translation>p. ex. 10.1.2.3 ou 2001:db8::1</translation>
    </message>
    <message>
        <source>e.g. www.example.com</source>
        <translation>p. ex. www.example.com</translation>
    </message>
    <message>
        <source>Destination &amp;port:</source>
        <translation>&amp;Porta de destino:</translation>
    </message>
    <message>
        <source>Destination &amp;address:</source>
        <translation>&amp;Endereço de destino:</translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation>Nome do &amp;host:</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>Rules of the connection filter</source>
        <translation>Regras do filtro de conexões</translation>
    </message>
    <message>
        <source>Rules of ebpf.d/network.conf as edited, [network connections]: ports = %1; ips = %2; hostnames = %3. A connection is kept when its destination port, its address and (only when &apos;resolve hostnames&apos; is yes) its host name are all kept.</source>
        <translation>Regras de ebpf.d/network.conf como editadas, [network connections]: ports = %1; ips = %2; hostnames = %3. Uma conexão é mantida quando a porta de destino, o endereço e (só quando &apos;resolve hostnames&apos; é yes) o nome do host são todos mantidos.</translation>
    </message>
    <message>
        <source>Port %1: %2</source>
        <translation>Porta %1: %2</translation>
    </message>
    <message>
        <source>Address %1: %2</source>
        <translation>Endereço %1: %2</translation>
    </message>
    <message>
        <source>Host name %1: %2</source>
        <translation>Nome do host %1: %2</translation>
    </message>
    <message>
        <source>Host name %1: %2 (not applied: &apos;resolve hostnames&apos; is no, so connections have no host name to test)</source>
        <translation>Nome do host %1: %2 (não aplicado: &apos;resolve hostnames&apos; é no, então as conexões não têm nome de host para testar)</translation>
    </message>
    <message>
        <source>Type a port, an address or a host name to test.</source>
        <translation>Digite uma porta, um endereço ou um nome de host para testar.</translation>
    </message>
    <message>
        <source>Cannot test that</source>
        <translation>Não é possível testar isso</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Mantida</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>(so far: a connection also needs its %1 kept)</source>
        <translation>(até aqui: uma conexão também precisa que %1 seja mantido)</translation>
    </message>
    <message>
        <source>port and address</source>
        <translation>porta e endereço</translation>
    </message>
    <message>
        <source>port</source>
        <translation>porta</translation>
    </message>
    <message>
        <source>address</source>
        <translation>endereço</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::SettingsFileModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The file exists.</source>
        <translation>O arquivo existe.</translation>
    </message>
    <message>
        <source>The file does not exist: defaults apply.</source>
        <translation>O arquivo não existe: valem os padrões.</translation>
    </message>
    <message>
        <source>The module is on.</source>
        <translation>O módulo está ligado.</translation>
    </message>
    <message>
        <source>The module is off in [ebpf programs].</source>
        <translation>O módulo está desligado em [ebpf programs].</translation>
    </message>
    <message>
        <source>Unsaved edits.</source>
        <translation>Edições não salvas.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s).</source>
        <translation>
            <numerusform>%n erro.</numerusform>
            <numerusform>%n erros.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinsight::gui::SettingsForm</name>
    <message>
        <source>Turn the module &amp;on</source>
        <translation>&amp;Ligar o módulo</translation>
    </message>
    <message>
        <source>Help on the selected option</source>
        <translation>Ajuda sobre a opção selecionada</translation>
    </message>
    <message>
        <source>%1 — this module&apos;s settings, and its own values of ebpf.d.conf&apos;s</source>
        <translation>%1 — as configurações deste módulo e seus próprios valores para as do ebpf.d.conf</translation>
    </message>
    <message>
        <source>Port labels are lines of the form &apos;&lt;port&gt; = &lt;label&gt;&apos; (e.g. &apos;19999 = Netdata&apos;); add or change them in the Text view.</source>
        <translation>Rótulos de porta são linhas da forma &apos;&lt;port&gt; = &lt;label&gt;&apos; (p. ex. &apos;19999 = Netdata&apos;); adicione ou altere-os na visualização Texto.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Redefinir</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from this file</source>
        <translation>Remover &apos;%1&apos; deste arquivo</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from this file, so that the inherited value applies.</source>
        <translation>Remover &apos;%1&apos; deste arquivo, para que valha o valor herdado.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <source>Not set (%1)</source>
        <translation>Não definido (%1)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>In effect: %1, set in this file (line %2).</source>
        <translation>Em vigor: %1, definido neste arquivo (linha %2).</translation>
    </message>
    <message>
        <source>In effect: %1, from %2 (line %3).</source>
        <translation>Em vigor: %1, de %2 (linha %3).</translation>
    </message>
    <message>
        <source>In effect: %1, Kinsight&apos;s default.</source>
        <translation>Em vigor: %1, padrão do Kinsight.</translation>
    </message>
    <message>
        <source>Not set anywhere.</source>
        <translation>Não definido em lugar nenhum.</translation>
    </message>
    <message>
        <source>Netdata&apos;s default is %1.</source>
        <translation>O padrão do Netdata é %1.</translation>
    </message>
    <message>
        <source>A session uses one value for all its modules: ebpf.d.conf&apos;s.</source>
        <translation>Uma sessão usa um único valor para todos os seus módulos: o do ebpf.d.conf.</translation>
    </message>
    <message>
        <source>The %1 module is off in [ebpf programs] of ebpf.d.conf: this file is read only when the module is on.</source>
        <translation>O módulo %1 está desligado em [ebpf programs] do ebpf.d.conf: este arquivo só é lido quando o módulo está ligado.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Settings every module inherits, and which modules run. A module&apos;s own file can override the [global] options for that module.</source>
        <translation>Configurações que todo módulo herda, e quais módulos executam. O arquivo próprio de um módulo pode substituir as opções de [global] para aquele módulo.</translation>
    </message>
    <message>
        <source>The file does not exist yet; saving creates it.</source>
        <translation>O arquivo ainda não existe; salvar o cria.</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes ou no</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>um de: %1</translation>
    </message>
    <message>
        <source>%1 to %2 %3</source>
        <translation>%1 a %2 %3</translation>
    </message>
    <message>
        <source>In Kinsight:</source>
        <translation>No Kinsight:</translation>
    </message>
    <message>
        <source>Kinsight&apos;s default: %1</source>
        <translation>Padrão do Kinsight: %1</translation>
    </message>
    <message>
        <source>Netdata&apos;s default: %1</source>
        <translation>Padrão do Netdata: %1</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Observação:</translation>
    </message>
    <message>
        <source>A running session uses one value of this option for all its modules, the one in ebpf.d.conf; a different value here is listed in the session&apos;s notes.</source>
        <translation>Uma sessão em execução usa um único valor desta opção para todos os seus módulos, o do ebpf.d.conf; um valor diferente aqui é listado nas observações da sessão.</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::SettingsPage</name>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Arquivos</translation>
    </message>
    <message>
        <source>Settings files</source>
        <translation>Arquivos de configuração</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Restaurar &amp;padrões</translation>
    </message>
    <message>
        <source>Remove every setting from this file (comments stay), so that ebpf.d.conf&apos;s values or Kinsight&apos;s defaults apply. Nothing is saved until you save.</source>
        <translation>Remover todas as configurações deste arquivo (os comentários ficam), para que valham os valores do ebpf.d.conf ou os padrões do Kinsight. Nada é salvo até você salvar.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Reverter</translation>
    </message>
    <message>
        <source>Drop the unsaved edits of this file.</source>
        <translation>Descartar as edições não salvas deste arquivo.</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>F&amp;ormulário</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texto</translation>
    </message>
    <message>
        <source>&amp;Pattern tester</source>
        <translation>&amp;Testador de padrões</translation>
    </message>
    <message>
        <source>Which rule of network.conf&apos;s connection filter decides a port, address or host name</source>
        <translation>Qual regra do filtro de conexões do network.conf decide uma porta, endereço ou nome de host</translation>
    </message>
    <message>
        <source>Details of the last save</source>
        <translation>Detalhes do último salvamento</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;carregar</translation>
    </message>
    <message>
        <source>Read the settings files again</source>
        <translation>Ler os arquivos de configuração de novo</translation>
    </message>
    <message>
        <source>Review and &amp;save…</source>
        <translation>Revisar e &amp;salvar…</translation>
    </message>
    <message>
        <source>Show what would change, then save through kinsight-helper (Ctrl+S)</source>
        <translation>Mostrar o que mudaria e então salvar pelo kinsight-helper (Ctrl+S)</translation>
    </message>
    <message>
        <source>Settings are read from kinsight-helper.</source>
        <translation>As configurações são lidas do kinsight-helper.</translation>
    </message>
    <message>
        <source>Reading the settings…</source>
        <translation>Lendo as configurações…</translation>
    </message>
    <message>
        <source>Kinsight has no settings of its own yet, so running sessions use Netdata&apos;s from %1. Saving here creates Kinsight&apos;s own files in %2; from then on only those are read.</source>
        <translation>O Kinsight ainda não tem configurações próprias, então as sessões em execução usam as do Netdata em %1. Salvar aqui cria os arquivos próprios do Kinsight em %2; a partir daí, só eles são lidos.</translation>
    </message>
    <message numerus="yes">
        <source>%n settings file(s) in %1.</source>
        <translation>
            <numerusform>%n arquivo de configuração em %1.</numerusform>
            <numerusform>%n arquivos de configuração em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Save or revert the edits first: reloading would drop them</source>
        <translation>Salve ou reverta as edições primeiro: recarregar as descartaria</translation>
    </message>
    <message>
        <source>Edits of %1 dropped.</source>
        <translation>Edições de %1 descartadas.</translation>
    </message>
    <message>
        <source>Every setting of %1 removed: ebpf.d.conf&apos;s values and Kinsight&apos;s defaults apply to this module once saved.</source>
        <translation>Todas as configurações de %1 removidas: os valores do ebpf.d.conf e os padrões do Kinsight valem para este módulo depois de salvar.</translation>
    </message>
    <message>
        <source>Every setting of ebpf.d.conf removed: Kinsight&apos;s defaults apply once saved.</source>
        <translation>Todas as configurações do ebpf.d.conf removidas: os padrões do Kinsight valem depois de salvar.</translation>
    </message>
    <message>
        <source>Nothing to save: no file has edits.</source>
        <translation>Nada a salvar: nenhum arquivo tem edições.</translation>
    </message>
    <message>
        <source>Saving is under way.</source>
        <translation>O salvamento está em andamento.</translation>
    </message>
    <message>
        <source>Not saved: fix the errors shown in the Text view first. Your edits are kept.</source>
        <translation>Não salvo: corrija primeiro os erros mostrados na visualização Texto. Suas edições foram mantidas.</translation>
    </message>
    <message>
        <source>Not saved: the preview was closed. Your edits are kept.</source>
        <translation>Não salvo: a prévia foi fechada. Suas edições foram mantidas.</translation>
    </message>
    <message>
        <source>Saving %1 through kinsight-helper; you may be asked to authenticate…</source>
        <translation>Salvando %1 pelo kinsight-helper; talvez seja preciso autenticar-se…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
    </message>
    <message>
        <source>Your edits of %1 are kept.</source>
        <translation>Suas edições de %1 foram mantidas.</translation>
    </message>
    <message>
        <source>(Saved before the refusal: %1.)</source>
        <translation>(Salvo antes da recusa: %1.)</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::SettingsTextView</name>
    <message>
        <source>Settings file text</source>
        <translation>Texto do arquivo de configuração</translation>
    </message>
    <message>
        <source>Findings in this file</source>
        <translation>Achados neste arquivo</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Linha %1, coluna %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linha %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>note</source>
        <translation>observação</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nenhum problema encontrado.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before saving</source>
        <translation>
            <numerusform>%n erro a corrigir antes de salvar</numerusform>
            <numerusform>%n erros a corrigir antes de salvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n other finding(s)</source>
        <translation>
            <numerusform>, e %n outro achado</numerusform>
            <numerusform>, e %n outros achados</numerusform>
        </translation>
    </message>
    <message>
        <source>. Enter on a finding shows its place.</source>
        <translation>. Enter em um achado mostra o seu lugar.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s); none prevents saving.</source>
        <translation>
            <numerusform>%n achado; nenhum impede salvar.</numerusform>
            <numerusform>%n achados; nenhum impede salvar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kinsight::gui::SettingsWorkspace</name>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::StatusBarPanel</name>
    <message>
        <source>Paused — new samples are kept</source>
        <translation>Pausado — as novas amostras são guardadas</translation>
    </message>
    <message>
        <source>Attach details…</source>
        <translation>Detalhes de anexação…</translation>
    </message>
    <message>
        <source>How every hook attached on this kernel, and why other variants were rejected</source>
        <translation>Como cada hook se anexou neste kernel e por que outras variantes foram rejeitadas</translation>
    </message>
    <message>
        <source>Dropped frames: %1</source>
        <translation>Quadros descartados: %1</translation>
    </message>
    <message>
        <source>%1 frames received, %2 dropped by the helper because this window read too slowly; the charts have a gap there</source>
        <translation>%1 quadros recebidos, %2 descartados pelo auxiliar porque esta janela leu devagar demais; os gráficos têm uma lacuna ali</translation>
    </message>
</context>
<context>
    <name>kinsight::gui::TimeLabeler</name>
    <message>
        <source>m:ss since start</source>
        <translation>m:ss desde o início</translation>
    </message>
</context>
<context>
    <name>kinsight::inspect::InspectRun</name>
    <message>
        <source>Cannot start the program: %1.</source>
        <translation>Não é possível iniciar o programa: %1.</translation>
    </message>
    <message>
        <source>Cannot start “%1”: %2.</source>
        <translation>Não é possível iniciar “%1”: %2.</translation>
    </message>
    <message>
        <source>Starting a measuring session with kinsight-helper (you may be asked to authenticate); “%1” starts as soon as it is counted.</source>
        <translation>Iniciando uma sessão de medição com o kinsight-helper (talvez seja preciso autenticar-se); “%1” começa assim que estiver sendo contado.</translation>
    </message>
    <message>
        <source>Measuring was not authorized, so “%1” was not started.</source>
        <translation>A medição não foi autorizada, então “%1” não foi iniciado.</translation>
    </message>
    <message>
        <source>Measuring could not start, so “%1” was not started.</source>
        <translation>A medição não pôde começar, então “%1” não foi iniciado.</translation>
    </message>
    <message>
        <source>Measuring stopped before the program ended: %1 The totals below are incomplete.</source>
        <translation>A medição parou antes de o programa terminar: %1 Os totais abaixo estão incompletos.</translation>
    </message>
    <message numerus="yes">
        <source>The program exited with %1; %n process(es) it started still run and are counted until they end. Stop ends the count now.</source>
        <translation>
            <numerusform>O programa terminou com %1; %n processo que ele iniciou ainda executa e é contado até terminar. Parar encerra a contagem agora.</numerusform>
            <numerusform>O programa terminou com %1; %n processos que ele iniciou ainda executam e são contados até terminarem. Parar encerra a contagem agora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Running “%1” (PID %2); counting it and every process it starts.</source>
        <translation>Executando “%1” (PID %2); contando-o e cada processo que ele iniciar.</translation>
    </message>
    <message>
        <source>The program exited with %1; reading the last counts.</source>
        <translation>O programa terminou com %1; lendo as últimas contagens.</translation>
    </message>
    <message>
        <source>Cannot run “%1”: %2. Check that it is an executable program you may run.</source>
        <translation>Não é possível executar “%1”: %2. Verifique se é um programa executável que você pode executar.</translation>
    </message>
    <message>
        <source>“%1” exited with %2 after %3 s.</source>
        <translation>“%1” terminou com %2 após %3 s.</translation>
    </message>
    <message>
        <source>Not every count was folded in when measuring ended; the totals may miss the last events.</source>
        <translation>Nem todas as contagens foram incorporadas quando a medição terminou; os totais podem não ter os últimos eventos.</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) of the tree were not tracked (the PID table was full).</source>
        <translation>
            <numerusform>%n processo da árvore não foi acompanhado (a tabela de PIDs estava cheia).</numerusform>
            <numerusform>%n processos da árvore não foram acompanhados (a tabela de PIDs estava cheia).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the program started.</source>
        <translation>Parado antes de o programa começar.</translation>
    </message>
    <message>
        <source>Counted cgroup “%1” for %2 s (stopped).</source>
        <translation>cgroup “%1” contado por %2 s (parado).</translation>
    </message>
    <message>
        <source>Counted %1 and its descendants for %2 s (stopped; they run on).</source>
        <translation>%1 e seus descendentes contados por %2 s (parado; eles continuam rodando).</translation>
    </message>
    <message>
        <source>%1 and every process it started ended; counted for %2 s.</source>
        <translation>%1 e todo processo que ele iniciou terminaram; contados por %2 s.</translation>
    </message>
    <message>
        <source>No cgroup given to count.</source>
        <translation>Nenhum cgroup informado para contar.</translation>
    </message>
    <message>
        <source>Starting a measuring session with kinsight-helper for cgroup “%1” (you may be asked to authenticate).</source>
        <translation>Iniciando uma sessão de medição com o kinsight-helper para o cgroup “%1” (pode ser pedido que você se autentique).</translation>
    </message>
    <message>
        <source>Process %1 is gone: nothing to count.</source>
        <translation>O processo %1 não existe mais: nada a contar.</translation>
    </message>
    <message>
        <source>Starting a measuring session with kinsight-helper for %1 (you may be asked to authenticate).</source>
        <translation>Iniciando uma sessão de medição com o kinsight-helper para %1 (pode ser pedido que você se autentique).</translation>
    </message>
    <message>
        <source>cgroup %1</source>
        <translation>cgroup %1</translation>
    </message>
    <message>
        <source>PID %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>%1 (PID %2)</source>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>Counting cgroup “%1” since %2; Stop ends the count.</source>
        <translation>Contando o cgroup “%1” desde %2; “Parar” encerra a contagem.</translation>
    </message>
    <message>
        <source>Counting %1 and every process it starts since %2; the count ends when all of them are gone, or with Stop.</source>
        <translation>Contando %1 e todo processo que ele iniciar desde %2; a contagem termina quando todos tiverem terminado, ou com “Parar”.</translation>
    </message>
    <message>
        <source>Stopped before counting began.</source>
        <translation>Parado antes de a contagem começar.</translation>
    </message>
    <message>
        <source>Reading the last counts…</source>
        <translation>Lendo as últimas contagens…</translation>
    </message>
    <message>
        <source>Measuring could not start: %1</source>
        <translation>A medição não pôde começar: %1</translation>
    </message>
    <message>
        <source>Measuring stopped: %1 The totals below are incomplete.</source>
        <translation>A medição parou: %1 Os totais abaixo estão incompletos.</translation>
    </message>
    <message>
        <source>There is no cgroup “%1” below %2 (it may have ended). %3</source>
        <translation>Não existe cgroup “%1” abaixo de %2 (talvez tenha terminado). %3</translation>
    </message>
    <message>
        <source>Process %1 belongs to another user: you can count only your own processes&apos; trees.</source>
        <translation>O processo %1 pertence a outro usuário: você só pode contar as árvores dos seus próprios processos.</translation>
    </message>
</context>
<context>
    <name>kinsight::inspect::InspectView</name>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>End the program (SIGTERM to its process group, SIGKILL 3 s later) and keep what was counted</source>
        <translation>Encerrar o programa (SIGTERM para o seu grupo de processos, SIGKILL 3 s depois) e manter o que foi contado</translation>
    </message>
    <message>
        <source>Run again…</source>
        <translation>Executar de novo…</translation>
    </message>
    <message>
        <source>Launch and inspect again, with the same settings to start from</source>
        <translation>Iniciar e inspecionar de novo, partindo das mesmas configurações</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Session as CSV…</source>
        <translation>Sessão como CSV…</translation>
    </message>
    <message>
        <source>Session as JSON (kinsight-cli stat)…</source>
        <translation>Sessão como JSON (kinsight-cli stat)…</translation>
    </message>
    <message>
        <source>Charts of the program&apos;s process tree appear once measuring has started.</source>
        <translation>Os gráficos da árvore de processos do programa aparecem assim que a medição começar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Output&lt;/b&gt; (stdout; stderr in red)</source>
        <translation>&lt;b&gt;Saída&lt;/b&gt; (stdout; stderr em vermelho)</translation>
    </message>
    <message>
        <source>Nothing written yet.</source>
        <translation>Nada escrito ainda.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Totals&lt;/b&gt; of the process tree, from its exec on</source>
        <translation>&lt;b&gt;Totais&lt;/b&gt; da árvore de processos, a partir do seu exec</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Same measurement in a terminal: %1</source>
        <translation>A mesma medição num terminal: %1</translation>
    </message>
    <message>
        <source>PID %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>código de saída %1</translation>
    </message>
    <message>
        <source>duration %1 s</source>
        <translation>duração %1 s</translation>
    </message>
    <message>
        <source>%1 mode, kernel %2</source>
        <translation>modo %1, kernel %2</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) of the tree still running</source>
        <translation>
            <numerusform>%n processo da árvore ainda em execução</numerusform>
            <numerusform>%n processos da árvore ainda em execução</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the tree (%2)</source>
        <translation>%1 da árvore (%2)</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponível</translation>
    </message>
    <message>
        <source>Export session as CSV</source>
        <translation>Exportar sessão como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Export session as JSON</source>
        <translation>Exportar sessão como JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>Salvar gráfico como SVG</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Salvar gráfico como PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imagens SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Saving the chart failed</source>
        <translation>Falha ao salvar o gráfico</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Salvar gráfico como PNG…</translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation>Salvar gráfico como SVG…</translation>
    </message>
    <message>
        <source>The program wrote nothing to stdout or stderr.</source>
        <translation>O programa não escreveu nada em stdout nem em stderr.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Totals&lt;/b&gt; of the cgroup, since counting began</source>
        <translation>&lt;b&gt;Totais&lt;/b&gt; do cgroup, desde o início da contagem</translation>
    </message>
    <message>
        <source>Charts of the cgroup appear once counting has begun.</source>
        <translation>Os gráficos do cgroup aparecem assim que a contagem começar.</translation>
    </message>
    <message>
        <source>End the count and keep what was counted; the cgroup&apos;s processes run on</source>
        <translation>Encerrar a contagem e manter o que foi contado; os processos do cgroup continuam rodando</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Contar de novo</translation>
    </message>
    <message>
        <source>Count the same cgroup again, from now on</source>
        <translation>Contar o mesmo cgroup de novo, a partir de agora</translation>
    </message>
    <message>
        <source>&lt;b&gt;Totals&lt;/b&gt; of the process tree, since counting began</source>
        <translation>&lt;b&gt;Totais&lt;/b&gt; da árvore de processos, desde o início da contagem</translation>
    </message>
    <message>
        <source>Charts of the process tree appear once counting has begun.</source>
        <translation>Os gráficos da árvore de processos aparecem assim que a contagem começar.</translation>
    </message>
    <message>
        <source>End the count and keep what was counted; the processes run on</source>
        <translation>Encerrar a contagem e manter o que foi contado; os processos continuam rodando</translation>
    </message>
    <message>
        <source>Count the same process tree again, from now on</source>
        <translation>Contar a mesma árvore de processos de novo, a partir de agora</translation>
    </message>
    <message>
        <source>Cgroup %1</source>
        <translation>Cgroup %1</translation>
    </message>
    <message>
        <source>%1 (PID %2) and its descendants</source>
        <translation>%1 (PID %2) e seus descendentes</translation>
    </message>
    <message>
        <source>hierarchy %1</source>
        <translation>hierarquia %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>counted for %1 s</source>
        <translation>contado por %1 s</translation>
    </message>
    <message>
        <source>%1 of the cgroup (%2)</source>
        <translation>%1 do cgroup (%2)</translation>
    </message>
</context>
<context>
    <name>kinsight::inspect::InspectWindow</name>
    <message>
        <source>Inspect — Kinsight</source>
        <translation>Inspecionar — Kinsight</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Launch and inspect…</source>
        <translation>&amp;Iniciar e inspecionar…</translation>
    </message>
    <message>
        <source>Export session as &amp;CSV…</source>
        <translation>Exportar sessão como &amp;CSV…</translation>
    </message>
    <message>
        <source>Export session as &amp;JSON…</source>
        <translation>Exportar sessão como &amp;JSON…</translation>
    </message>
    <message>
        <source>Save c&amp;hart as image</source>
        <translation>Salvar &amp;gráfico como imagem</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>%1 — Inspect — Kinsight</source>
        <translation>%1 — Inspecionar — Kinsight</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Stop the program?</source>
        <translation>Encerrar o programa?</translation>
    </message>
    <message>
        <source>“%1” is still being inspected. Closing this window ends it and its measurement.</source>
        <translation>“%1” ainda está sendo inspecionado. Fechar esta janela o encerra, junto com a sua medição.</translation>
    </message>
    <message>
        <source>Cgroup %1 — Inspect — Kinsight</source>
        <translation>Cgroup %1 — Inspecionar — Kinsight</translation>
    </message>
    <message>
        <source>%1 (PID %2) — Inspect — Kinsight</source>
        <translation>%1 (PID %2) — Inspecionar — Kinsight</translation>
    </message>
    <message>
        <source>Stop counting?</source>
        <translation>Parar a contagem?</translation>
    </message>
    <message>
        <source>%1 is still being counted. Closing this window ends the count; its processes run on.</source>
        <translation>%1 ainda está sendo contado. Fechar esta janela encerra a contagem; seus processos continuam rodando.</translation>
    </message>
</context>
<context>
    <name>kinsight::inspect::LaunchDialog</name>
    <message>
        <source>Launch and inspect</source>
        <translation>Iniciar e inspecionar</translation>
    </message>
    <message>
        <source>Kinsight starts the program as you and counts it and every process it starts, from its exec on: nothing it does is missed, nothing of the launcher is counted.</source>
        <translation>O Kinsight inicia o programa como você e conta ele e cada processo que ele iniciar, a partir do seu exec: nada do que ele faz é perdido, nada do lançador é contado.</translation>
    </message>
    <message>
        <source>a program in PATH, or its path</source>
        <translation>um programa no PATH, ou o seu caminho</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Choose the program</source>
        <translation>Escolher o programa</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>quoted like in a shell: -o &quot;my file&quot;</source>
        <translation>com aspas como num shell: -o &quot;meu arquivo&quot;</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumentos:</translation>
    </message>
    <message>
        <source>Kinsight&apos;s own working directory</source>
        <translation>O diretório de trabalho do próprio Kinsight</translation>
    </message>
    <message>
        <source>Choose the working directory</source>
        <translation>Escolher o diretório de trabalho</translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation>&amp;Diretório de trabalho:</translation>
    </message>
    <message>
        <source>Environment changes (the rest is inherited from Kinsight)</source>
        <translation>Alterações no ambiente (o resto é herdado do Kinsight)</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variável</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unset</source>
        <translation>Remover definição</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>Adicionar variável</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Measuring</source>
        <translation>Medindo</translation>
    </message>
    <message>
        <source>Comma-separated collectors: process, fd, vfs, socket, cachestat, dcstat, swap, shm, sync, mount, oomkill…</source>
        <translation>Coletores separados por vírgulas: process, fd, vfs, socket, cachestat, dcstat, swap, shm, sync, mount, oomkill…</translation>
    </message>
    <message>
        <source>&amp;Modules:</source>
        <translation>&amp;Módulos:</translation>
    </message>
    <message>
        <source>Count &amp;errors too (return mode)</source>
        <translation>Contar também os &amp;erros (modo return)</translation>
    </message>
    <message>
        <source>Return mode also counts failed calls (open_error, vfs_read_error…), at a small extra cost per call.</source>
        <translation>O modo return também conta chamadas com falha (open_error, vfs_read_error…), com um pequeno custo extra por chamada.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often the charts get a new point. Totals do not depend on it.</source>
        <translation>Com que frequência os gráficos ganham um novo ponto. Os totais não dependem disso.</translation>
    </message>
    <message>
        <source>&amp;Sample every:</source>
        <translation>&amp;Amostrar a cada:</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Same measurement in a terminal: %1</source>
        <translation>A mesma medição num terminal: %1</translation>
    </message>
</context>
</TS>
