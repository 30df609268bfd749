package org.tessera.demo;

import java.util.List;
import java.util.stream.Stream;

/** O que os clientes brasileiros pedem (what the Brazilian customers write about). */
final class PortugueseTopics {

    private PortugueseTopics() {
    }

    static List<Topic> all() {
        return Stream.of(IMPRESSORA, VPN, SENHA, BOLETO, PLANO, EMAIL_FORA, SITE_FORA, RAMAL, NOVO_COLABORADOR,
                CERTIFICADO, RESTAURACAO, LENTIDAO, INTERNET).map(block -> Topic.parse(Language.PT, block)).toList();
    }

    private static final String IMPRESSORA = """
            type: incident
            team: First line
            tags: impressora, hardware
            system: Printers
            subject: Impressora da recepção não imprime
            subject: Impressora saindo com folhas em branco
            subject: Ninguém na {org} consegue imprimir
            description: Desde cedo ninguém aqui consegue imprimir. A impressora aparece offline em todos os computadores, mas no visor dela diz "Pronta". Já desligamos e ligamos de novo.
            reply: Agradeço o aviso! Já estou verificando o servidor de impressão e te dou retorno em breve.
            ask: Você consegue me mandar uma foto do visor da impressora e o nome que aparece para ela no seu computador?
            info: Segue a foto. No computador ela aparece como "Brother-Recepcao".
            solution: A fila de impressão tinha travado depois de uma atualização de driver. Limpei a fila e reinstalei o driver; a página de teste saiu normalmente. Pode testar aí?
            thanks: Voltou a funcionar, valeu pela agilidade!
            note: Spooler travado no PRINT01 depois da atualização de driver de ontem. Reiniciado. Fixar versão do driver.
            nudge: Alguma novidade? Precisamos imprimir as notas hoje ainda.
            """;

    private static final String VPN = """
            type: incident
            team: Infrastructure
            tags: vpn, rede
            system: VPN
            subject: VPN caindo toda hora
            subject: Não consigo conectar na VPN de casa
            description: Quando trabalho de casa a VPN cai mais ou menos a cada dez minutos e perco a sessão do sistema. Começou depois da atualização de segunda-feira.
            reply: Sinto muito pelo transtorno! Estou analisando os logs do gateway de VPN para o seu usuário.
            ask: Qual a versão do cliente de VPN (Ajuda > Sobre) e você está no Wi-Fi ou no cabo quando cai?
            info: Versão 5.2.1, no Wi-Fi. Hoje de manhã caiu mais três vezes.
            solution: Seu perfil ainda apontava para o gateway antigo, que derruba sessões ociosas depois de dez minutos. Enviei o perfil novo; depois de reconectar uma vez deve ficar estável.
            thanks: Estável há dois dias. Valeu mesmo!
            note: Gateway antigo vpn1 ainda com timeout de 10 min. Faltam 4 usuários no perfil antigo, migrar esta semana.
            nudge: Continua caindo hoje, caiu duas vezes numa reunião com cliente.
            """;

    private static final String SENHA = """
            type: question
            team: First line
            tags: senha, conta
            weight: 3
            subject: Redefinir minha senha
            subject: Conta bloqueada depois de várias tentativas
            subject: Esqueci a senha do portal
            description: Não consigo mais entrar, aparece que minha conta está bloqueada. Vocês podem redefinir minha senha, por favor?
            reply: Claro, posso ajudar! Por segurança, vou enviar o link de redefinição para o e-mail cadastrado.
            ask: Você pode confirmar o telefone cadastrado na sua conta, para eu ter certeza de que é você?
            info: Claro, termina em 4471.
            solution: Pronto: sua conta foi desbloqueada e o link de redefinição já foi enviado. Ele vale por uma hora.
            thanks: Consegui entrar. Valeu!
            note: Identidade confirmada por telefone. Terceiro bloqueio no mês; sugerir app autenticador em vez de SMS.
            nudge: Só confirmando: continuo sem acesso e preciso enviar um relatório hoje.
            """;

    private static final String BOLETO = """
            type: question
            team: Billing
            tags: boleto, financeiro
            billed: yes
            weight: 3
            subject: Boleto {n} com vencimento errado
            subject: Nota fiscal da fatura {n} não recebida
            subject: Cobrança em duplicidade na fatura {n}
            description: Recebemos o boleto da fatura {n} com vencimento para o dia 5, mas nosso contrato prevê vencimento no dia 15. Podem corrigir e emitir um novo boleto?
            reply: Agradeço o contato! Já estou verificando a fatura {n} com o financeiro.
            ask: Vocês podem me enviar o número do pedido de compra que deve constar na nota fiscal?
            info: O pedido de compra é o PC-{n}. Segue em anexo.
            solution: Emitimos um novo boleto com vencimento no dia 15 e a nota fiscal já inclui o pedido de compra. O boleto anterior foi cancelado.
            thanks: Recebemos o novo boleto, agradecemos!
            note: Vencimento estava no padrão do sistema, não no do contrato. Corrigido no cadastro do cliente.
            nudge: Bom dia, alguma posição sobre o boleto? O vencimento está chegando.
            """;

    private static final String PLANO = """
            type: question
            team: Billing
            tags: plano, financeiro
            billed: yes
            subject: Aumentar o plano para 25 usuários
            subject: Como cancelar o módulo de relatórios?
            subject: Alterar o contato financeiro da {org}
            description: Estamos crescendo e vamos precisar de 25 usuários em vez de 15 a partir do mês que vem. Como fica o valor e quando seria cobrado?
            reply: Que ótimo saber que vocês estão crescendo! Estou preparando a proposta com os novos usuários.
            ask: Os novos usuários devem começar no dia 1º do mês que vem ou já agora (proporcional)?
            info: A partir do dia 1º está ótimo para nós.
            solution: Tudo certo: a partir do dia 1º vocês terão 25 usuários. A proposta atualizada está na página da conta e a próxima fatura já vem com o novo valor.
            thanks: Agradecemos, foi bem simples.
            note: Aplicado desconto de 10% por volume, combinado com o comercial. Conferir a próxima fatura.
            nudge: Oi, conseguimos receber a proposta esta semana? A reunião de orçamento é na sexta.
            """;

    private static final String EMAIL_FORA = """
            type: incident
            team: Infrastructure
            tags: indisponibilidade, email
            system: Email
            subject: E-mail fora do ar na {org}
            subject: E-mails presos na caixa de saída
            subject: URGENTE: ninguém consegue enviar e-mail
            description: Desde umas 9h ninguém aqui consegue enviar e-mail, tudo fica na caixa de saída. Receber parece funcionar. É urgente, não conseguimos responder os clientes.
            reply: Já identificamos um problema no envio de e-mails e estamos trabalhando nisso agora. Dou retorno em até uma hora.
            ask: Aparece alguma mensagem de erro ao enviar? Um print ajudaria a confirmar que é o mesmo problema.
            info: A mensagem diz "550 relay not permitted". Segue o print.
            solution: O certificado do servidor de envio expirou durante a madrugada. Renovamos e os e-mails da fila foram enviados. Deve estar tudo normal; se algo continuar preso, nos avise.
            thanks: Os e-mails voltaram a sair. Agradecemos pela rapidez!
            note: Certificado TLS do smtp-relay expirou às 02h. Renovado manualmente. Incluir validade de certificados no monitoramento!
            nudge: Continua fora do ar por aqui. Tem previsão?
            """;

    private static final String SITE_FORA = """
            type: incident
            team: Infrastructure
            tags: site, indisponibilidade
            system: Website
            subject: Site da {org} fora do ar
            subject: Loja virtual mostrando erro 502
            description: Nosso site está mostrando "502 Bad Gateway" desde agora há pouco. Os clientes estão ligando porque não conseguem fazer pedidos.
            reply: Estamos verificando o servidor do site agora mesmo. Retorno assim que tiver novidades.
            ask: O erro aparece em todas as páginas ou só no carrinho de compras?
            info: Em todas as páginas, no celular e no computador.
            solution: O servidor de aplicação tinha ficado sem memória depois de um pico de acessos. Reiniciamos e aumentamos o limite; o site está no ar de novo.
            thanks: Site no ar, pedidos entrando. Valeu demais!
            note: OOM no app02 às 10h12 (pico de campanha de e-mail marketing). Limite de memória aumentado para 4 GB.
            nudge: Ainda fora do ar. Estamos perdendo vendas!
            """;

    private static final String RAMAL = """
            type: incident
            team: First line
            tags: telefonia
            system: Phones
            subject: Ramal 214 sem linha
            subject: Telefones da recepção mudos
            description: O ramal 214 da recepção está sem linha desde ontem à tarde. Não conseguimos receber ligações dos pacientes.
            reply: Agradeço o aviso! Vou verificar o ramal na central telefônica.
            ask: O telefone liga (acende o visor)? Pode me dizer o que aparece na tela?
            info: Liga sim, aparece "Registrando..." e fica assim.
            solution: O aparelho tinha perdido o registro na central depois da queda de energia. Reconfiguramos e o ramal já está recebendo ligações.
            thanks: Funcionando! Valeu.
            note: Após a queda de energia, 3 aparelhos não registraram de novo. Verificar nobreak do switch da recepção.
            nudge: Continuamos sem o ramal, os pacientes estão reclamando.
            """;

    private static final String NOVO_COLABORADOR = """
            type: task
            team: First line
            tags: integracao
            subject: Integração de novo colaborador na segunda-feira
            subject: Criar acessos para a nova estagiária
            description: A Vitória Albuquerque começa na segunda-feira no financeiro. Ela vai precisar de e-mail, acesso ao ERP e um notebook.
            reply: Boas-vindas à Vitória! Já iniciei o checklist de integração e te mantenho informado.
            ask: Quais pastas compartilhadas e listas de e-mail ela deve acessar?
            info: As mesmas do Eduardo no financeiro.
            solution: Tudo pronto: conta criada, notebook configurado e acesso ao ERP liberado. A senha inicial está em envelope lacrado na recepção.
            thanks: Perfeito, ela já está trabalhando. Agradecemos!
            note: Notebook patrimônio TAG-{n} entregue. Incluir no grupo do MFA.
            nudge: Lembrando que ela começa na segunda!
            """;

    private static final String CERTIFICADO = """
            type: task
            team: First line
            tags: certificado-digital
            subject: Instalar certificado digital A1 no computador do financeiro
            subject: Renovar o e-CNPJ da {org}
            description: Compramos o novo certificado digital A1 da empresa. Precisamos instalar no computador do financeiro para emitir as notas fiscais.
            reply: Certo! Vou agendar a instalação com você.
            ask: Você pode me enviar o arquivo do certificado por um link seguro e informar a senha por telefone?
            info: Enviei o link por e-mail e liguei com a senha.
            solution: Certificado instalado e testado na emissão de uma nota de teste. Ele vale até o ano que vem; vamos avisar 30 dias antes do vencimento.
            thanks: Já emitimos as notas de hoje. Agradecemos!
            note: Certificado A1 válido por 12 meses, lembrete criado para renovação.
            nudge: Oi! Precisamos emitir notas amanhã, conseguimos instalar hoje?
            """;

    private static final String RESTAURACAO = """
            type: task
            team: Infrastructure
            tags: backup
            subject: Recuperar pasta apagada do servidor
            subject: Restaurar planilha sobrescrita
            description: Apagaram sem querer a pasta "Obras 2024" do servidor ontem à tarde. Conseguem recuperar do backup?
            reply: Sem problemas, estou localizando o backup mais recente que ainda tem a pasta.
            ask: Restauro no mesmo lugar ou numa pasta nova ao lado?
            info: Numa pasta nova, por favor, para a gente comparar.
            solution: Restaurado do backup desta madrugada em "Obras 2024 (restaurado)": 1.482 arquivos, nada faltando.
            thanks: Está tudo lá. Valeu demais!
            note: Restauração levou 12 min a partir da cópia externa. Registrado como teste de restauração do mês.
            nudge: Tem previsão de quando a pasta volta?
            """;

    private static final String LENTIDAO = """
            type: problem
            team: Infrastructure
            tags: lentidao, erp
            weight: 1
            subject: ERP muito lento todas as manhãs
            subject: Relatórios do ERP demorando demais
            description: Há duas semanas o ERP fica muito lento toda manhã; as telas demoram 30 segundos para abrir. Depois do almoço normaliza.
            reply: Agradeço o retorno! Outros clientes relatam o mesmo, então abrimos um problema e estamos analisando a carga do banco de dados.
            ask: Você pode anotar os horários exatos de lentidão amanhã de manhã? Ajuda a cruzar com as nossas métricas.
            info: Hoje ficou lento das 8h05 às 9h40, pior por volta das 8h30.
            solution: A rotina de backup noturna estava avançando no horário comercial e travando tabelas. Mudamos para 1h e criamos um índice; as manhãs devem estar rápidas agora.
            thanks: Hoje de manhã foi tranquilo. Agradeço pela investigação!
            note: Janela de backup sobrepõe a importação das 8h. Erro conhecido KE-{n}; contorno: gerar relatórios depois das 10h.
            nudge: Mesma coisa hoje de manhã. Alguma novidade?
            """;

    private static final String INTERNET = """
            type: problem
            team: Infrastructure
            tags: internet, rede
            weight: 1
            subject: Quedas recorrentes de internet na filial
            subject: Internet oscilando todo fim de tarde
            description: A internet da filial cai várias vezes por semana, sempre no fim da tarde, por uns cinco minutos.
            reply: Agradeço o relato. Abrimos um problema para investigar a causa junto com a operadora.
            ask: Você consegue anotar os horários das próximas quedas?
            info: Ontem caiu às 17h48 e às 18h10.
            solution: A operadora trocou o modem da filial, que reiniciava por superaquecimento. Desde então não houve novas quedas.
            thanks: Nenhuma queda esta semana. Agradecemos!
            note: Protocolo na operadora {n}. Modem reiniciando por temperatura; aguardando troca.
            nudge: Caiu de novo hoje no fim da tarde.
            """;
}
